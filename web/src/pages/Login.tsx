import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';
import { ApiError, errorMessage } from '../api/client';
import { Alert } from '../components/Alert';
import { TextField } from '../components/TextField';
import { useDocumentTitle } from '../lib/hooks';

export function Login() {
  useDocumentTitle('Đăng nhập');
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (user) return <Navigate to={from} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError('');
    if (!username.trim() || !password) {
      setError('Vui lòng nhập tên đăng nhập và mật khẩu.');
      return;
    }
    setBusy(true);
    try {
      await login(username.trim(), password);
      void navigate(from, { replace: true });
    } catch (caught) {
      setError(errorMessage(caught));
      if (caught instanceof ApiError && caught.status === 401) setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <div className="login-brand">
          <span className="brand-mark" aria-hidden="true" />
          <p>Hệ thống quản lý công tác phòng, chống ma túy</p>
        </div>
        <h1>Đăng nhập</h1>
        <form onSubmit={onSubmit} noValidate>
          <Alert>{error}</Alert>
          <TextField
            id="username"
            label="Tên đăng nhập"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onValue={setUsername}
            required
            autoFocus
          />
          <TextField
            id="password"
            label="Mật khẩu"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onValue={setPassword}
            required
          />
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
          </button>
        </form>
      </div>
    </main>
  );
}
