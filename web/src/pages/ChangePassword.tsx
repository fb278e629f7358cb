import { useState, type FormEvent } from 'react';
import { useAuth, useUser } from '../auth';
import { ApiError, errorMessage, request, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';

const MIN_LENGTH = 10;

export function ChangePassword() {
  const user = useUser();
  const { setUser } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ message: string; field?: string }>({ message: '' });
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (next.length < MIN_LENGTH) {
      setError({ message: `Mật khẩu mới phải có ít nhất ${MIN_LENGTH} ký tự.`, field: 'new_password' });
      return;
    }
    if (next !== confirm) {
      setError({ message: 'Mật khẩu nhập lại không khớp.', field: 'confirm' });
      return;
    }
    setBusy(true);
    setError({ message: '' });
    try {
      await request<void>('POST', '/me/password', { body: { current_password: current, new_password: next } });
      const session = await request<Session>('GET', '/me');
      setCsrfToken(session.csrf_token);
      setUser(session.user);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : undefined;
      setError({ message: errorMessage(caught), field });
    } finally {
      setBusy(false);
    }
  }

  const invalid = (field: string) => (error.field === field ? true : undefined);

  return (
    <section>
      <PageHeader title="Đổi mật khẩu" />
      {user.must_change_password && (
        <Alert kind="info">Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.</Alert>
      )}
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <Alert>{error.message}</Alert>
        {done && <Alert kind="success">Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.</Alert>}
        <div className="field">
          <label htmlFor="current-password">Mật khẩu hiện tại</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            aria-invalid={invalid('current_password')}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="new-password">Mật khẩu mới</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
            aria-invalid={invalid('new_password')}
            aria-describedby="new-password-hint"
            required
          />
          <p id="new-password-hint" className="hint">
            Ít nhất {MIN_LENGTH} ký tự.
          </p>
        </div>
        <div className="field">
          <label htmlFor="confirm-password">Nhập lại mật khẩu mới</label>
          <input
            id="confirm-password"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            aria-invalid={invalid('confirm')}
            required
          />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Đổi mật khẩu'}
        </button>
      </form>
    </section>
  );
}
