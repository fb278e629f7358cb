import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth, useUser } from '../auth';
import { setCsrfToken } from '../api/client';
import { changePassword, getSession } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import { useSubmit } from '../lib/hooks';

export const MIN_PASSWORD = 10;

export function ChangePassword() {
  const user = useUser();
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // Sent here before anything else: once done, carry on to where the user was going.
  const forced = user.must_change_password;
  const destination = (location.state as { from?: string } | null)?.from ?? '/';
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next.length < MIN_PASSWORD) {
      setError({ message: `Mật khẩu mới phải có ít nhất ${MIN_PASSWORD} ký tự.`, field: 'new_password' });
      return;
    }
    if (next !== confirm) {
      setError({ message: 'Mật khẩu nhập lại không khớp.', field: 'confirm' });
      return;
    }
    await run(async () => {
      await changePassword({ current_password: current, new_password: next });
      const session = await getSession();
      setCsrfToken(session.csrf_token);
      setUser(session.user);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
      if (forced) void navigate(destination, { replace: true, state: { passwordChanged: true } });
    });
  }

  return (
    <section>
      <PageHeader title="Đổi mật khẩu" print={false} />
      {user.must_change_password && (
        <Alert kind="info">Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.</Alert>
      )}
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
        <Alert>{error.message}</Alert>
        {done && <Alert kind="success">Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.</Alert>}
        <TextField
          id="current-password"
          label="Mật khẩu hiện tại"
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
          invalid={error.field === 'current_password'}
          required
        />
        <TextField
          id="new-password"
          label="Mật khẩu mới"
          type="password"
          autoComplete="new-password"
          value={next}
          onValue={setNext}
          invalid={error.field === 'new_password'}
          hint={`Ít nhất ${MIN_PASSWORD} ký tự.`}
          required
        />
        <TextField
          id="confirm-password"
          label="Nhập lại mật khẩu mới"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onValue={setConfirm}
          invalid={error.field === 'confirm'}
          required
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Đổi mật khẩu'}
        </button>
      </form>
    </section>
  );
}
