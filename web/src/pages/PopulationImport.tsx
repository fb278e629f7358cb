import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../auth';
import { ApiError, errorMessage } from '../api/client';
import { downloadPopulationTemplate, importPopulation } from '../api/communes';
import type { RowError } from '../api/types';
import { Alert } from '../components/Alert';
import { ExcelButton } from '../components/ExcelButton';
import { PageHeader } from '../components/PageHeader';
import { Table, type Column } from '../components/Table';
import { formatNumber } from '../lib/format';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

const errorColumns: Column<RowError>[] = [
  { label: 'Dòng', numeric: true, render: (e) => e.line },
  { label: 'Cột', render: (e) => e.field ?? '' },
  { label: 'Lỗi', render: (e) => e.message },
];

export function PopulationImport() {
  const user = useUser();
  const [params] = useSearchParams();
  const province = params.get('province') ?? user.province_code;
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [updated, setUpdated] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError('');
    setRowErrors([]);
    setUpdated(null);
    if (!file) {
      setError('Vui lòng chọn tệp cần nhập.');
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setError('Tệp quá lớn (tối đa 2 MB).');
      return;
    }
    setBusy(true);
    try {
      setUpdated((await importPopulation(province, file)).updated);
    } catch (caught) {
      setError(errorMessage(caught));
      if (caught instanceof ApiError && caught.status === 422) {
        setRowErrors((caught.body as { errors?: RowError[] } | undefined)?.errors ?? []);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/xa-phuong">Xã, phường</Link> › Nhập dân số
      </p>
      <PageHeader title="Nhập dân số từ tệp" print={false} />
      <div className="help">
        <p>
          Tệp Excel (.xlsx, trang tính đầu tiên) hoặc CSV mã hóa UTF-8, dòng đầu là tiêu đề có các cột “Mã xã” (hoặc{' '}
          <code>commune_code</code>) và “Dân số” (hoặc <code>population</code>); mỗi dòng sau gồm mã xã, phường (5 chữ
          số) và số dân (số nguyên từ 0 đến 10.000.000). Các cột khác được bỏ qua.
        </p>
        <p>
          Tệp mẫu liệt kê mọi xã, phường của tỉnh cùng số dân hiện có: điền số dân còn trống hoặc xóa các dòng chưa có
          số liệu. Nếu có bất kỳ dòng nào sai, hệ thống không nhập dòng nào và liệt kê các dòng cần sửa.
        </p>
        <ExcelButton label="Tải tệp mẫu" download={() => downloadPopulationTemplate(province)} />
      </div>
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="population-file">Tệp dân số (.xlsx hoặc .csv)</label>
          <input
            id="population-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setUpdated(null);
              setRowErrors([]);
              setError('');
            }}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang nhập…' : 'Nhập dữ liệu'}
        </button>
      </form>
      <Alert>{error}</Alert>
      {updated !== null && (
        <Alert kind="success">Đã cập nhật dân số cho {formatNumber(updated)} xã, phường.</Alert>
      )}
      {rowErrors.length > 0 && (
        <>
          <h2>Các dòng cần sửa</h2>
          <Table
            caption="Lỗi theo dòng của tệp"
            columns={errorColumns}
            rows={rowErrors}
            rowKey={(e) => `${e.line}-${e.field ?? ''}-${e.code}`}
            empty=""
          />
        </>
      )}
    </section>
  );
}
