// "Nhập từ tệp": a province's accounts from one list (XLSX or CSV). The file is checked first and
// every row's problems shown; the accounts are created only when no row is wrong, all at once, with
// the initial password the admin types (each user replaces it at first sign-in).
import { useState, type FormEvent } from 'react';
import { fileToBase64 } from '../api/plans';
import {
  commitUsersImport,
  downloadUsersTemplate,
  previewUsersImport,
  type UserImportFile,
  type UserImportResult,
  type UserImportRow,
} from '../api/users';
import { Alert } from '../components/Alert';
import { ExcelButton } from '../components/ExcelButton';
import { Table, type Column } from '../components/Table';
import { TextField } from '../components/TextField';
import { formatNumber } from '../lib/format';
import { useSubmit } from '../lib/hooks';
import { roleLabel } from '../lib/labels';
import { MIN_PASSWORD } from './ChangePassword';
import { FormButtons } from '../components/FormButtons';

const columns: Column<UserImportRow>[] = [
  { label: 'Dòng', numeric: true, render: (r) => r.line },
  { label: 'Tên đăng nhập', render: (r) => r.username },
  { label: 'Họ và tên', render: (r) => r.full_name },
  { label: 'Vai trò', render: (r) => roleLabel(r.role) },
  { label: 'Phạm vi', render: (r) => r.scope_name || r.scope },
  {
    label: 'Kiểm tra',
    render: (r) =>
      r.errors.length === 0 ? <span className="tag tag-on">Hợp lệ</span> : <span className="field-error">{r.errors.join('; ')}</span>,
  },
];

async function readFile(file: File): Promise<UserImportFile> {
  if (/\.xlsx$/i.test(file.name)) return { format: 'xlsx', content_base64: await fileToBase64(file) };
  return { format: 'csv', content: await file.text() };
}

export function UsersImport({ onCreated, onCancel }: { onCreated(count: number): void; onCancel(): void }) {
  const [file, setFile] = useState<UserImportFile | null>(null);
  const [preview, setPreview] = useState<UserImportResult | null>(null);
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useSubmit();

  async function onFile(chosen: File | undefined) {
    setPreview(null);
    setFile(null);
    if (!chosen) return;
    await run(async () => {
      const read = await readFile(chosen);
      setFile(read);
      setPreview(await previewUsersImport(read));
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file || !preview) return;
    if (password.length < MIN_PASSWORD) {
      setError({ message: `Mật khẩu ban đầu phải có ít nhất ${MIN_PASSWORD} ký tự.`, field: 'initial_password' });
      return;
    }
    await run(async () => onCreated((await commitUsersImport(file, password)).created));
  }

  const ready = !!preview && preview.invalid === 0 && preview.valid > 0;
  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="import-users-title">
      <h2 id="import-users-title" tabIndex={-1}>
        Nhập người dùng từ tệp
      </h2>
      <p>
        Mỗi dòng một tài khoản với các cột “Tên đăng nhập”, “Họ và tên”, “Vai trò”, “Phạm vi” (ví dụ commune:16681, hoặc mã
        xã cho tài khoản cấp xã). Tệp được kiểm tra trước; chỉ khi không còn dòng lỗi mới tạo được, và tạo tất cả cùng lúc.
      </p>
      <div className="buttons">
        <ExcelButton label="Tải tệp mẫu" download={downloadUsersTemplate} />
      </div>
      <Alert>{error.message}</Alert>
      <div className="field">
        <label htmlFor="users-file">Tệp danh sách người dùng (.xlsx hoặc .csv)</label>
        <input
          id="users-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {preview && (
        <>
          <p role="status">
            {formatNumber(preview.valid)} dòng hợp lệ, {formatNumber(preview.invalid)} dòng lỗi.
          </p>
          <Table caption="Kiểm tra danh sách người dùng" columns={columns} rows={preview.rows} rowKey={(r) => r.line} empty="Tệp không có dòng nào." />
        </>
      )}
      {ready && (
        <TextField
          id="users-initial-password"
          label="Mật khẩu ban đầu cho các tài khoản"
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          invalid={error.field === 'initial_password'}
          hint={`Ít nhất ${MIN_PASSWORD} ký tự. Gửi cho người dùng qua kênh an toàn; mỗi người phải đổi mật khẩu ở lần đăng nhập đầu tiên.`}
          required
        />
      )}
      {ready ? (
        <FormButtons
          busy={busy}
          submit={`Tạo ${formatNumber(preview.valid)} tài khoản`}
          busyText="Đang tạo…"
          onCancel={onCancel}
        />
      ) : (
        <div className="buttons">
          <button type="button" className="button secondary" onClick={onCancel}>
            Hủy
          </button>
        </div>
      )}
    </form>
  );
}
