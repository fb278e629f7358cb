// The user's own account: reminder mails (address, on or off, at once or a daily digest) and the
// way to change the password.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getMailSettings, updateMailSettings, type MailMode, type MailSettings } from '../api/notify';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useLoad, useSubmit } from '../lib/hooks';

const MODES = [
  { value: 'daily', label: 'Thư tổng hợp mỗi ngày một lần' },
  { value: 'immediate', label: 'Ngay khi có việc mới cần chú ý' },
];

export function Account() {
  const settings = useLoad(() => getMailSettings(), 'mail-settings');
  return (
    <section>
      <PageHeader title="Tài khoản" print={false} />
      <Alert>{settings.error}</Alert>
      {settings.data && <MailSettingsForm initial={settings.data} />}
      <h2>Mật khẩu</h2>
      <p>
        <Link to="/doi-mat-khau">Đổi mật khẩu</Link>
      </p>
    </section>
  );
}

function MailSettingsForm({ initial }: { initial: MailSettings }) {
  const [email, setEmail] = useState(initial.email);
  const [enabled, setEnabled] = useState(initial.enabled);
  const [mode, setMode] = useState<MailMode>(initial.mode);
  const [done, setDone] = useState(false);
  const { busy, error, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    await run(async () => {
      const saved = await updateMailSettings({ email: email.trim(), enabled, mode });
      setEmail(saved.email);
      setEnabled(saved.enabled);
      setMode(saved.mode);
      setDone(true);
    });
  }

  return (
    <form className="form narrow" onSubmit={onSubmit} noValidate aria-labelledby="mail-settings">
      <h2 id="mail-settings">Thư nhắc việc</h2>
      <p className="hint">
        Thư chỉ ghi số việc cần chú ý (báo cáo đến hạn, quá hạn, hạn pháp lý, đề nghị chờ xử lý, nhiệm vụ mới) và đường
        dẫn vào pcmt, không chứa thông tin cá nhân.
      </p>
      {!initial.mail_available && (
        <Alert kind="info">Máy chủ chưa được cấu hình gửi thư; thiết lập của bạn được lưu và áp dụng khi có.</Alert>
      )}
      <Alert>{error.message}</Alert>
      {done && <Alert kind="success">Đã lưu thiết lập thư nhắc việc.</Alert>}
      <TextField
        id="mail-email"
        label="Địa chỉ email"
        type="email"
        autoComplete="email"
        value={email}
        onValue={setEmail}
        invalid={error.field === 'email'}
      />
      <div className="field">
        <label>
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Nhận thư nhắc việc
        </label>
      </div>
      <SelectField
        id="mail-mode"
        label="Cách nhận thư"
        value={mode}
        onValue={(v) => setMode(v as MailMode)}
        options={MODES}
        error={error.field === 'mode' ? error.message : undefined}
      />
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Đang lưu…' : 'Lưu thiết lập'}
      </button>
    </form>
  );
}
