// "Nhập danh sách": a commune's existing list (CSV or XLSX). The file is checked first — columns
// found, every row validated, duplicates flagged — and imported only when no row is wrong: all or
// nothing. The import itself runs as a job on the server; its id is in the URL while it runs.
import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import type { Job } from '../../api/jobs';
import { importPeople, type ImportReport, type RowProblem } from '../../api/people';
import { Alert } from '../../components/Alert';
import { JobProgress, useJobParam } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { Table, type Column } from '../../components/Table';
import { useSubmit } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { scopeLabel } from '../../lib/labels';
import { canPeople } from '../../lib/access/people';
import { ColumnMapping, chosenColumns } from './ColumnMapping';
import { CommuneSelect } from './communes';
import { useReference } from './reference';
import { readTable } from './tableHeaders';
import { downloadPeopleTemplate } from '../../api/people';
import { ExcelButton } from '../../components/ExcelButton';

type Upload = Awaited<ReturnType<typeof readTable>>;

const MAX_FILE_BYTES = 30 * 1024 * 1024;

export function rowErrorColumns(fieldLabel: (field: string) => string): Column<RowProblem>[] {
  return [
    { label: 'Dòng', numeric: true, render: (e) => e.line },
    { label: 'Cột', render: (e) => (e.field ? fieldLabel(e.field) : '') },
    { label: 'Lỗi', render: (e) => e.message },
  ];
}

export function ImportPeople() {
  const user = useUser();
  const reference = useReference();
  const fields = reference.data?.import_fields ?? [];
  const fieldLabel = (f: string) => fields.find((x) => x.field === f)?.label ?? f;
  const [table, setTable] = useState<Upload | null>(null);
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [commune, setCommune] = useState(canPeople.pickCommune(user) ? '' : user.scope.id);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [jobId, setJobId] = useJobParam();
  const { busy, error, setError, run } = useSubmit();

  async function send(current: Upload, columns: Record<string, string>, commit: boolean) {
    const { headers: _headers, ...upload } = current;
    setImported(null);
    setCancelled(false);
    const ok = await run(async () => {
      try {
        const body = { ...upload, mapping: chosenColumns(columns), commune, commit };
        const answer = await importPeople(body);
        // A committed import runs as a job (202); a check answers its report.
        if ('job_id' in answer) {
          setJobId(answer.job_id);
          return;
        }
        setReport(answer);
        setMapping({ ...answer.columns, ...chosenColumns(columns) });
      } catch (caught) {
        setReport(null);
        throw caught;
      }
    });
    return ok;
  }

  function onImportEnded(job: Job<ImportReport>) {
    setJobId(null);
    if (job.state === 'done' && job.result) {
      setReport(job.result);
      setImported(job.result.imported);
    } else if (job.state === 'cancelled') {
      setCancelled(true);
    } else {
      if (job.result) setReport(job.result);
      setError({ message: job.error?.message ?? 'Không nhập được danh sách.' });
    }
  }

  async function onFile(file: File | undefined) {
    setTable(null);
    setReport(null);
    setImported(null);
    setMapping({});
    setFileName(file?.name ?? '');
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError({ message: 'Tệp quá lớn (tối đa 30 MB).' });
      return;
    }
    const read = await readTable(file);
    setTable(read);
    await send(read, {}, false);
  }

  const canCommit =
    !!table && !!report && !report.committed && report.errors.length === 0 && report.rows > 0 && jobId === null;

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/doi-tuong">Đối tượng</Link> › Nhập danh sách
      </p>
      <PageHeader title="Nhập danh sách đối tượng" print={false}>
        <ExcelButton label="Tải tệp mẫu" download={downloadPeopleTemplate} />
      </PageHeader>
      <div className="help">
        <p>
          Chọn tệp Excel (.xlsx, trang tính đầu tiên) hoặc CSV (UTF-8) mà xã, phường đang dùng; dòng đầu là tiêu đề cột. Hệ
          thống tự nhận biết các cột theo tiêu đề (ví dụ “Số định danh”, “Họ và tên”, “Ngày sinh”, “Giới tính”, “Xã”); nếu
          không nhận ra, hãy chọn cột tương ứng bên dưới.
        </p>
        <p>
          Tệp được kiểm tra trước: số định danh, xã, phường, ngày tháng của từng dòng, và các dòng có thể trùng với người đã
          đăng ký. Chỉ khi không còn dòng lỗi mới nhập được, và nhập tất cả cùng lúc.
        </p>
      </div>
      <form className="form panel" onSubmit={(e) => e.preventDefault()} noValidate>
        <div className="field">
          <label htmlFor="import-file">Tệp danh sách (.xlsx hoặc .csv)</label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </div>
        {canPeople.pickCommune(user) ? (
          <CommuneSelect
            id="import-commune"
            label="Xã, phường cho các dòng không ghi xã"
            value={commune}
            onValue={setCommune}
            empty="— Không dùng —"
          />
        ) : (
          <p className="fixed-value">
            <span className="muted">Xã, phường:</span> {scopeLabel(user.scope)}
          </p>
        )}
        {table && fields.length > 0 && (
          <ColumnMapping fields={fields} headers={table.headers} mapping={mapping} onChange={setMapping} />
        )}
        <div className="buttons">
          <button
            type="button"
            className="button secondary"
            disabled={!table || busy}
            onClick={() => table && void send(table, mapping, false)}
          >
            Kiểm tra lại
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!canCommit || busy}
            onClick={() => table && void send(table, mapping, true)}
          >
            {report && canCommit ? `Nhập ${formatNumber(report.rows)} đối tượng` : 'Nhập danh sách'}
          </button>
        </div>
        {busy && (
          <p className="muted" role="status">
            Đang xử lý {fileName}…
          </p>
        )}
      </form>
      {jobId !== null && (
        <JobProgress<ImportReport>
          id={jobId}
          title="Đang nhập danh sách"
          cancelQuestion="Hủy việc nhập? Các dòng đã ghi sẽ được gỡ bỏ, không có đối tượng nào được nhập."
          onEnded={onImportEnded}
        />
      )}
      <Alert>{error.message}</Alert>
      {imported !== null && <Alert kind="success">Đã nhập {formatNumber(imported)} đối tượng.</Alert>}
      {cancelled && <Alert kind="info">Đã hủy việc nhập; không có đối tượng nào được nhập.</Alert>}
      {report && !report.committed && (
        <section aria-labelledby="import-report-title">
          <h2 id="import-report-title">Kết quả kiểm tra</h2>
          <p role="status">
            {formatNumber(report.rows)} dòng · {formatNumber(report.valid)} dòng hợp lệ ·{' '}
            {formatNumber(report.rows - report.valid)} dòng lỗi · {formatNumber(report.duplicates.length)} dòng có thể trùng
          </p>
          {report.errors.length > 0 && (
            <>
              <h3>Các dòng cần sửa</h3>
              <Table
                caption="Lỗi theo dòng của tệp"
                columns={rowErrorColumns(fieldLabel)}
                rows={report.errors}
                rowKey={(e) => `${e.line}-${e.field}-${e.code}`}
                empty=""
              />
            </>
          )}
          {report.duplicates.length > 0 && (
            <>
              <h3>Dòng có thể trùng</h3>
              <p className="hint">
                Họ tên gần giống, cùng ngày sinh và xã, phường với người đã đăng ký hoặc với dòng khác của tệp. Các dòng này
                vẫn được nhập; hãy kiểm tra và gộp hồ sơ nếu đúng là một người.
              </p>
              <Table
                caption="Dòng có thể trùng"
                columns={[
                  { label: 'Dòng', numeric: true, render: (d) => d.line },
                  {
                    label: 'Có thể trùng với',
                    render: (d) =>
                      d.person_id ? (
                        <Link to={`/doi-tuong/${d.person_id}`}>Đối tượng đã đăng ký</Link>
                      ) : (
                        `Dòng ${d.other_line} của tệp`
                      ),
                  },
                ]}
                rows={report.duplicates}
                rowKey={(d) => `${d.line}-${d.person_id ?? ''}-${d.other_line ?? ''}`}
                empty=""
              />
            </>
          )}
        </section>
      )}
    </section>
  );
}
