import { useState, type FormEvent } from 'react';
import { useUser } from '../auth';
import { ApiError, api, errorMessage } from '../api/client';
import type { Role, User } from '../api/types';
import { Alert } from '../components/Alert';
import { RoleSelect } from '../components/RoleSelect';
import { ScopePicker, scopeKindFor } from '../components/ScopePicker';

const MIN_PASSWORD = 10;

export function UserCreateForm({ onCreated, onCancel }: { onCreated(user: User): void; onCancel(): void }) {
  const me = useUser();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('commune');
  const [scope, setScope] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; field?: string }>({ message: '' });
  const [busy, setBusy] = useState(false);

  function onRole(next: Role) {
    setRole(next);
    if (scopeKindFor(next) !== scopeKindFor(role)) {
      setScope(scopeKindFor(next) === 'province' ? `province:${me.province_code}` : '');
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = !username.trim()
      ? { message: 'Vui lòng nhập tên đăng nhập.', field: 'username' }
      : !scope
        ? { message: 'Vui lòng chọn phạm vi cho tài khoản.', field: 'scope' }
        : password.length < MIN_PASSWORD
          ? { message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`, field: 'password' }
          : null;
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError({ message: '' });
    try {
      const created = await api.post<User>('/users', {
        username: username.trim(),
        full_name: fullName.trim(),
        role,
        scope,
        password,
      });
      onCreated(created);
    } catch (caught) {
      setError({ message: errorMessage(caught), field: caught instanceof ApiError ? caught.field : undefined });
    } finally {
      setBusy(false);
    }
  }

  const invalid = (field: string) => (error.field === field ? true : undefined);

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="create-title">
      <h2 id="create-title" tabIndex={-1}>
        Thêm người dùng
      </h2>
      <Alert>{error.message}</Alert>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="new-username">Tên đăng nhập</label>
          <input
            id="new-username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={invalid('username')}
            aria-describedby="new-username-hint"
            required
          />
          <p id="new-username-hint" className="hint">
            3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.
          </p>
        </div>
        <div className="field">
          <label htmlFor="new-full-name">Họ và tên</label>
          <input
            id="new-full-name"
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            aria-invalid={invalid('full_name')}
          />
        </div>
      </div>
      <RoleSelect id="new-role" value={role} onChange={onRole} />
      <ScopePicker
        key={scopeKindFor(role)}
        kind={scopeKindFor(role)}
        value={scope}
        onChange={setScope}
        defaultProvince={me.province_code}
      />
      <div className="field">
        <label htmlFor="new-password">Mật khẩu ban đầu</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={invalid('password')}
          aria-describedby="new-password-hint"
          required
        />
        <p id="new-password-hint" className="hint">
          Ít nhất {MIN_PASSWORD} ký tự. Hãy gửi mật khẩu cho người dùng qua kênh an toàn.
        </p>
      </div>
      <div className="buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang tạo…' : 'Tạo tài khoản'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
