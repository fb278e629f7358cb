// Browser test of reminders: a commune officer whose commune has an overdue legal deadline sees it
// counted in the inbox and on the bell, switches reminder mails on in their account page, and the
// mail pcmt sends reaches the test's SMTP receiver with the count and a link, without the person.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { jobResult } from '../lib/jobs.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../lib/smtp.ts';
import { ADMIN, logIn, PASSWORD, startWeb, type Web } from './web.ts';

const COMMUNE = '16681';
const OFFICER = 'e2e_xa_nhac_viec';
const PERSON = { personal_id: '040090066123', full_name: 'Đinh Văn Nhắc', birth_date: '1990-02-02', sex: 'male', commune_code: COMMUNE };

/** The day `days` before today in Vietnam, as YYYY-MM-DD. */
const vnDaysAgo = (days: number) => new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);

describe('web UI: reminders that reach people', () => {
  let smtp: SmtpReceiver;
  let web: Web;
  let admin: ApiClient;

  before(async () => {
    smtp = await startSmtpReceiver();
    web = await startWeb(['--mail-config', smtp.configFile]);
    await web.srv.addUser({ username: OFFICER, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD });
    admin = new ApiClient(web.srv.baseUrl);
    await admin.loginOk(ADMIN, PASSWORD);
    const officer = new ApiClient(web.srv.baseUrl);
    await officer.loginOk(OFFICER, PASSWORD);
    const p = await officer.post('/api/v1/people', PERSON);
    assert.equal(p.status, 201, p.text);
    // Detected a month ago: the residence verification (3 working days) is overdue.
    const e = await officer.post(`/api/v1/people/${p.json.id}/events`, { type: 'positive_test', date: vnDaysAgo(30) });
    assert.equal(e.status, 201, e.text);
  });
  after(async () => {
    await web?.close();
    await smtp?.stop();
  });

  test('the inbox counts the overdue deadline; mails switched on in the account page bring it', async () => {
    await web.withPage(async (page) => {
      await logIn(page, OFFICER);
      await page.getByRole('link', { name: /^Thông báo: \d+ mục cần chú ý$/ }).click();
      const other = page.getByRole('region', { name: 'Việc khác cần chú ý' });
      await other.getByRole('link', { name: 'Hạn pháp lý của người trong địa bàn đã quá hạn: 1' }).waitFor();

      await page.getByRole('link', { name: 'Tài khoản' }).click();
      const form = page.getByRole('form', { name: 'Thư nhắc việc' });
      await form.getByLabel('Địa chỉ email').fill('khong-phai-email');
      await form.getByLabel('Nhận thư nhắc việc').check();
      await form.getByRole('button', { name: 'Lưu thiết lập' }).click();
      await form.getByRole('alert').filter({ hasText: 'Địa chỉ email không hợp lệ' }).waitFor();
      await form.getByLabel('Địa chỉ email').fill('cong-an-xa@tinh.test');
      await form.getByLabel('Cách nhận thư').selectOption({ label: 'Thư tổng hợp mỗi ngày một lần' });
      await form.getByRole('button', { name: 'Lưu thiết lập' }).click();
      await form.getByRole('status').filter({ hasText: 'Đã lưu thiết lập thư nhắc việc.' }).waitFor();
    });

    const report = await jobResult(admin, await admin.post('/api/v1/mail/reminders', {}));
    assert.equal(report.sent, 1, JSON.stringify(report));
    const [mail] = smtp.mails.filter((m) => m.to.includes('cong-an-xa@tinh.test'));
    assert.ok(mail, 'a mail reached the receiver');
    assert.match(mail.body, /Hạn pháp lý của người trong địa bàn đã quá hạn: 1\n/);
    assert.match(mail.body, /https:\/\/pcmt\.tinh\.test\/thong-bao/);
    for (const secret of [PERSON.full_name, PERSON.personal_id, OFFICER]) assert.ok(!mail.raw.includes(secret) && !mail.body.includes(secret), secret);
  });
});
