import { useState, type FormEvent } from 'react';
import { useUser } from '../auth';
import { updateUser, type Role, type User } from '../api/types';
import { Alert } from '../components/Alert';
import { RoleSelect } from '../components/RoleSelect';
import { ScopePicker, scopeKindFor, scopeValue } from '../components/ScopePicker';
import { TextField } from '../components/TextField';
import { useSubmit } from '../lib/hooks';
import { MIN_PASSWORD } from './ChangePassword';

interface Props {
  user: User;
  onChanged(user: User): void;
  onClose(): void;
}

export function UserEditPanel({ user, onChanged, onClose }: Props) {
  const me = useUser();
  const [fullName, setFullName] = useState(user.full_name);
  const [role, setRole] = useState<Role>(user.role);
  const [scope, setScope] = useState(scopeValue(user.scope));
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState('');
  const { busy, error, setError, run } = useSubmit();
  const isSelf = me.id === user.id;

  function onRole(next: Role) {
    setRole(next);
    if (scopeKindFor(next) === user.scope.kind) setScope(scopeValue(user.scope));
    else setScope(scopeKindFor(next) === 'province' ? `province:${user.province_code}` : '');
  }

  function patch(body: Partial<Record<string, unknown>>, done: string) {
    setNotice('');
    return run(async () => {
      onChanged(await updateUser(user.id, body));
      setNotice(done);
    });
  }

  function onSave(event: FormEvent) {
    event.preventDefault();
    if (!scope) {
      setError({ message: 'Vui lòng chọn phạm vi cho tài khoản.', field: 'scope' });
      return;
    }
    void patch({ full_name: fullName.trim(), role, scope }, 'Đã lưu thay đổi.');
  }

  async function onResetPassword(event: FormEvent) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) {
      setError({ message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD} ký tự.`, field: 'password' });
      return;
    }
    if (await patch({ password }, 'Đã đặt lại mật khẩu.')) setPassword('');
  }

  return (
    <section className="panel" aria-labelledby="edit-user-title">
      <div className="panel-header">
        <h2 id="edit-user-title" tabIndex={-1}>
          Tài khoản {user.username}
        </h2>
        <button type="button" className="button ghost" onClick={onClose}>
          Đóng
        </button>
      </div>
      <Alert>{error.message}</Alert>
      <Alert kind="success">{notice}</Alert>

      <form className="form" onSubmit={onSave} noValidate>
        <TextField
          id="edit-full-name"
          label="Họ và tên"
          value={fullName}
          onValue={setFullName}
          invalid={error.field === 'full_name'}
        />
        <RoleSelect id="edit-role" value={role} onChange={onRole} />
        <ScopePicker
          key={scopeKindFor(role)}
          kind={scopeKindFor(role)}
          value={scope}
          onChange={setScope}
          defaultProvince={user.province_code}
          current={user.scope}
        />
        <button type="submit" className="button primary" disabled={busy}>
          Lưu thay đổi
        </button>
      </form>

      <form className="form" onSubmit={onResetPassword} noValidate>
        <h3>Đặt lại mật khẩu</h3>
        <TextField
          id="reset-password"
          label="Mật khẩu mới"
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          invalid={error.field === 'password'}
          hint={`Ít nhất ${MIN_PASSWORD} ký tự. Người dùng phải đổi mật khẩu ở lần đăng nhập sau; các phiên đang mở kết thúc.`}
        />
        <button type="submit" className="button secondary" disabled={busy}>
          Đặt lại mật khẩu
        </button>
      </form>

      <div className="form">
        <h3>Trạng thái</h3>
        <p>{user.disabled ? 'Tài khoản đang bị vô hiệu hóa.' : 'Tài khoản đang hoạt động.'}</p>
        {user.disabled ? (
          <button type="button" className="button secondary" disabled={busy} onClick={() => void patch({ disabled: false }, 'Đã kích hoạt lại tài khoản.')}>
            Kích hoạt lại
          </button>
        ) : (
          <button
            type="button"
            className="button danger"
            disabled={busy || isSelf}
            title={isSelf ? 'Không thể tự vô hiệu hóa tài khoản của mình' : undefined}
            onClick={() => void patch({ disabled: true }, 'Đã vô hiệu hóa tài khoản.')}
          >
            Vô hiệu hóa
          </button>
        )}
      </div>
    </section>
  );
}
