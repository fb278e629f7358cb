import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../auth';
import { ApiError, errorMessage } from '../api/client';
import { importPopulation, listCommunes, type Commune, type RowError } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { Table, type Column } from '../components/Table';
import { POPULATION_COLUMNS, downloadText, populationTemplate } from '../lib/csv';
import { formatNumber } from '../lib/format';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

const errorColumns: Column<RowError>[] = [
  { label: 'Dòng', numeric: true, render: (e) => e.line },
  { label: 'Cột', render: (e) => e.field ?? '' },
  { label: 'Lỗi', render: (e) => e.message },
];

async function allCommunes(province: string): Promise<Commune[]> {
  const items: Commune[] = [];
  for (let page = 1; ; page++) {
    const result = await listCommunes({ province, page, page_size: 200 });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

export function PopulationImport() {
  const user = useUser();
  const [params] = useSearchParams();
  const province = params.get('province') ?? user.province_code;
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [updated, setUpdated] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function onTemplate() {
    setError('');
    try {
      downloadText(`mau-dan-so-${province}.csv`, populationTemplate(await allCommunes(province)));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError('');
    setRowErrors([]);
    setUpdated(null);
    if (!file) {
      setError('Vui lòng chọn tệp CSV cần nhập.');
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setError('Tệp quá lớn (tối đa 2 MB).');
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      const result = await importPopulation(province, text);
      setUpdated(result.updated);
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
      <PageHeader title="Nhập dân số từ tệp CSV" />
      <div className="help">
        <p>
          Tệp CSV mã hóa UTF-8, dòng đầu là tiêu đề có các cột <code>{POPULATION_COLUMNS}</code>; mỗi dòng sau gồm mã
          xã, phường (5 chữ số) và số dân (số nguyên từ 0 đến 10.000.000). Các cột khác được bỏ qua.
        </p>
        <p>
          Tệp mẫu liệt kê mọi xã, phường của tỉnh cùng số dân hiện có: điền số dân còn trống hoặc xóa các dòng chưa có
          số liệu. Nếu có bất kỳ dòng nào sai, hệ thống không nhập dòng nào và liệt kê các dòng cần sửa.
        </p>
        <button type="button" className="button secondary" onClick={onTemplate}>
          Tải tệp mẫu
        </button>
      </div>
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="population-file">Tệp CSV</label>
          <input
            id="population-file"
            type="file"
            accept=".csv,text/csv"
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
            caption="Lỗi theo dòng của tệp CSV"
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
