import { useState, type FormEvent } from 'react';
import { useUser } from '../auth';
import { type FormError } from '../api/client';
import { createUser, type Role, type User } from '../api/types';
import { Alert } from '../components/Alert';
import { RoleSelect } from '../components/RoleSelect';
import { ScopePicker, scopeKindFor } from '../components/ScopePicker';
import { TextField } from '../components/TextField';
import { useSubmit } from '../lib/hooks';
import { MIN_PASSWORD } from './ChangePassword';
import { FormButtons } from '../components/FormButtons';

export function UserCreateForm({ onCreated, onCancel }: { onCreated(user: User): void; onCancel(): void }) {
  const me = useUser();
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [role, setRole] = useState<Role>('commune');
  const [scope, setScope] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useSubmit();

  function onRole(next: Role) {
    setRole(next);
    if (scopeKindFor(next) !== scopeKindFor(role)) {
      setScope(scopeKindFor(next) === 'province' ? `province:${me.province_code}` : '');
    }
  }

  // Checked here so the common slips get a message without a round trip; the server checks again.
  function missingField(): FormError | null {
    if (!username.trim()) return { message: 'Vui lòng nhập tên đăng nhập.', field: 'username' };
    if (!fullName.trim()) return { message: 'Vui lòng nhập họ và tên.', field: 'full_name' };
    if (!scope) return { message: 'Vui lòng chọn phạm vi cho tài khoản.', field: 'scope' };
    if (password.length < MIN_PASSWORD) {
      return { message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`, field: 'password' };
    }
    return null;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = missingField();
    if (problem) {
      setError(problem);
      return;
    }
    await run(async () => {
      const created = await createUser({
        username: username.trim(),
        full_name: fullName.trim(),
        role,
        scope,
        password,
      });
      onCreated(created);
    });
  }

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="create-title">
      <h2 id="create-title" tabIndex={-1}>
        Thêm người dùng
      </h2>
      <Alert>{error.message}</Alert>
      <div className="grid-2">
        <TextField
          id="new-username"
          label="Tên đăng nhập"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onValue={setUsername}
          invalid={error.field === 'username'}
          hint="3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang."
          required
        />
        <TextField
          id="new-full-name"
          label="Họ và tên"
          value={fullName}
          onValue={setFullName}
          invalid={error.field === 'full_name'}
          required
        />
      </div>
      <RoleSelect id="new-role" value={role} onChange={onRole} />
      <ScopePicker
        key={scopeKindFor(role)}
        kind={scopeKindFor(role)}
        value={scope}
        onChange={setScope}
        defaultProvince={me.province_code}
      />
      <TextField
        id="new-password"
        label="Mật khẩu ban đầu"
        type="password"
        autoComplete="new-password"
        value={password}
        onValue={setPassword}
        invalid={error.field === 'password'}
        hint={`Ít nhất ${MIN_PASSWORD} ký tự. Gửi cho người dùng qua kênh an toàn; họ phải đổi mật khẩu ở lần đăng nhập đầu tiên.`}
        required
      />
      <FormButtons busy={busy} submit="Tạo tài khoản" busyText="Đang tạo…" onCancel={onCancel} />
    </form>
  );
}
