// Reminders that reach people: the counts of what needs attention (one source for the bell and the
// mails), each user's mail settings, and the reminder mails themselves, delivered to a real SMTP
// receiver this test starts. A mail carries counts and a link, never a person's name or ID.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { assertError, auditRows, COMMUNE, OTHER_COMMUNE, PROVINCE, referenceCommunes, useFixture } from '../lib/fixtures.ts';
import { endedJob, jobResult } from '../lib/jobs.ts';
import { engineFromEnv, repoRoot, type StartOptions } from '../lib/server.ts';
import { startSmtpReceiver, type SmtpReceiver } from '../lib/smtp.ts';

const PLAN_FIXTURE = 'dong-nai-171-kh-ubnd-2025.txt';
// The person of this test, whose name and ID must never appear in a mail.
const PERSON = { personal_id: '040190077123', full_name: 'Hoàng Thị Thư', birth_date: '1990-07-07', sex: 'female' };
const AS_OF = '2026-06-10';
const TASK_TEXT = 'Kiểm tra công tác cai nghiện tại cơ sở trong tháng năm';
// Communes with no drug activity, which may be proposed drug-free.
const [QUIET, QUIETER] = referenceCommunes(PROVINCE).map((c) => c.code).filter((c) => c !== COMMUNE && c !== OTHER_COMMUNE);

describe(`reminders: counts and mail [${engineFromEnv()}]`, () => {
  let smtp: SmtpReceiver;
  const opts: StartOptions = { serveArgs: [] };
  before(async () => {
    smtp = await startSmtpReceiver();
    opts.serveArgs!.push('--mail-config', smtp.configFile);
  });
  after(async () => smtp?.stop());
  const fx = useFixture(opts);
  let office: ApiClient, leader: ApiClient, commune: ApiClient, agency: ApiClient;
  let drugFreeId: number;

  const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
  const sendReminders = (body: unknown = { as_of: AS_OF }) => fx.admin.post('/api/v1/mail/reminders', body);

  before(async () => {
    office = await fx.as('standing_office');
    leader = await fx.as('leader');
    commune = await fx.as('commune');
    agency = await fx.as('agency');
    // A plan, and a task given to the fixture's agency that was due on 1/5/2026: overdue on AS_OF.
    const bytes = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', PLAN_FIXTURE));
    const parsed = await office.post(`/api/v1/plans/parse?filename=${PLAN_FIXTURE}`, undefined, { raw: bytes, contentType: 'text/plain' });
    assert.equal(parsed.status, 200, parsed.text.slice(0, 300));
    const saved = await office.post('/api/v1/plans', { ...parsed.json.plan, horizon_year: 2026, confirm_other_province: true,
      new_agencies: parsed.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })) });
    assert.equal(saved.status, 201, saved.text.slice(0, 300));
    const task = await office.post(`/api/v1/plans/${saved.json.id}/tasks`, { text: TASK_TEXT, lead: [{ id: Number(fx.agencyId) }],
      cooperating: [], requested: [], due: { kind: 'date', date: '2026-05-01' } });
    assert.equal(task.status, 201, task.text);
    // A person of the commune detected on 1/6/2026: residence verification was due on 4/6, overdue on AS_OF.
    const p = await commune.post('/api/v1/people', { ...PERSON, commune_code: COMMUNE });
    assert.equal(p.status, 201, p.text);
    const e = await commune.post(`/api/v1/people/${p.json.id}/events`, { type: 'positive_test', date: '2026-06-01' });
    assert.equal(e.status, 201, e.text);
    // A drug-free proposal of another commune, reviewed by the standing office: waiting for the leader.
    const proposal = await office.post('/api/v1/areas/drug-free', { commune_code: QUIET, year: 2026 });
    assert.equal(proposal.status, 201, proposal.text);
    drugFreeId = proposal.json.id;
    const reviewed = await office.post(`/api/v1/areas/drug-free/${drugFreeId}/review`, { note: 'Đủ điều kiện' });
    assert.equal(reviewed.status, 200, reviewed.text);
  });

  const counts = async (c: ApiClient) => {
    const r = await c.get(`/api/v1/inbox/counts?as_of=${AS_OF}`);
    assert.equal(r.status, 200, r.text);
    return r.json;
  };

  test("a commune's counts include the overdue legal deadlines of its people", async () => {
    const mine = await counts(commune);
    assert.ok(mine.counts.deadlines_overdue >= 1, JSON.stringify(mine));
    assert.equal(mine.as_of, AS_OF);
    // The same figure as the worklist it points to.
    const w = await commune.get('/api/v1/worklist');
    const today = await counts(commune);
    const live = await commune.get('/api/v1/inbox/counts');
    assert.equal(live.json.counts.deadlines_overdue, w.json.overdue, `${live.text} vs ${w.text.slice(0, 200)}`);
    assert.equal(today.total, Object.values(today.counts as Record<string, number>).reduce((a, b) => a + b, 0));
  });

  test('a leader is told of the drug-free decision waiting; the standing office of none to review', async () => {
    assert.equal((await counts(leader)).counts.drug_free_waiting, 1);
    assert.equal((await counts(office)).counts.drug_free_waiting, 0);
    assert.equal((await counts(commune)).counts.drug_free_waiting, 0);
  });

  test("an agency's counts include its overdue report and its new assignment", async () => {
    const mine = await counts(agency);
    assert.ok(mine.counts.reports_overdue >= 1, JSON.stringify(mine));
    assert.ok(mine.counts.new_assignments >= 1, JSON.stringify(mine));
    assert.equal(mine.counts.deadlines_overdue, 0, 'an agency without a facility sees no one');
  });

  test('settings are each user’s own: bad input names the field and changes nothing', async () => {
    const none = await agency.get('/api/v1/me/mail-settings');
    assert.deepEqual(none.json, { email: '', enabled: false, mode: 'daily', mail_available: true });
    assertError(await agency.patch('/api/v1/me/mail-settings', { email: 'khong-phai-email' }), 400, 'mail.email_invalid', 'email');
    assertError(await agency.patch('/api/v1/me/mail-settings', { enabled: true }), 400, 'mail.email_required', 'email');
    assertError(await agency.patch('/api/v1/me/mail-settings', { mode: 'weekly' }), 400, 'mail.mode_invalid', 'mode');
    assert.deepEqual((await agency.get('/api/v1/me/mail-settings')).json, none.json);
    const set = await agency.patch('/api/v1/me/mail-settings', { email: 'so-y-te@tinh.test', enabled: true, mode: 'daily' });
    assert.equal(set.status, 200, set.text);
    assert.deepEqual(set.json, { email: 'so-y-te@tinh.test', enabled: true, mode: 'daily', mail_available: true });
    const rows = await auditRows(fx.admin, 'action=user.mail_settings');
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows[0]).includes('so-y-te@'), 'the address stays out of the trail');
    for (const [c, email, enabled] of [[leader, 'lanh-dao@tinh.test', true], [commune, 'xa@tinh.test', false]] as const) {
      const r = await c.patch('/api/v1/me/mail-settings', { email, enabled, mode: 'daily' });
      assert.equal(r.status, 200, r.text);
    }
  });

  test('only an admin sends the reminders now', async () => {
    for (const c of [office, leader, agency]) assertError(await c.post('/api/v1/mail/reminders', { as_of: AS_OF }), 403, 'auth.forbidden');
    assertError(await sendReminders({ as_of: '10/06/2026' }), 400, 'request.invalid_date', 'as_of');
    assert.equal(smtp.mails.length, 0);
  });

  test('the digest reaches the users who asked for it, with counts and a link and no personal data', async () => {
    const report = await jobResult(fx.admin, await sendReminders());
    assert.deepEqual(report, { sent: 2, failed: 0, nothing_new: 0 });
    const [toAgency] = mailsTo('so-y-te@tinh.test');
    assert.ok(toAgency, JSON.stringify(smtp.mails.map((m) => m.to)));
    assert.equal(toAgency.from, 'pcmt@tinh.test');
    assert.equal(toAgency.subject, 'pcmt – Tổng hợp việc cần chú ý ngày 10/06/2026');
    const overdue = (await counts(agency)).counts.reports_overdue;
    assert.match(toAgency.body, new RegExp(`Báo cáo quá hạn: ${overdue}\\n`));
    assert.match(toAgency.body, /Nhiệm vụ mới được giao trong 7 ngày qua: \d+/);
    assert.match(toAgency.body, /https:\/\/pcmt\.tinh\.test\/thong-bao/);
    const [toLeader] = mailsTo('lanh-dao@tinh.test');
    assert.match(toLeader.body, /Đề nghị công nhận xã, phường không ma túy chờ đồng chí xử lý: 1\n/);
    assert.match(toLeader.body, /Hạn pháp lý của người trong địa bàn đã quá hạn: [1-9]/);
    // No person, no plan text, no account in any mail.
    for (const m of smtp.mails) {
      for (const secret of [PERSON.full_name, PERSON.personal_id, PERSON.personal_id.slice(-6), TASK_TEXT.slice(0, 20),
        fx.users.agency, fx.users.leader, 'Nguyễn Văn An']) {
        assert.ok(!m.raw.includes(secret) && !m.body.includes(secret) && !m.subject.includes(secret), `"${secret}" in a mail`);
      }
    }
    // Mail off: nothing for the commune, although it has overdue deadlines.
    assert.equal(mailsTo('xa@tinh.test').length, 0);
  });

  test('the digest goes once a day: a second run sends nothing again', async () => {
    const before = smtp.mails.length;
    const report = await jobResult(fx.admin, await sendReminders());
    assert.deepEqual(report, { sent: 0, failed: 0, nothing_new: 0 });
    assert.equal(smtp.mails.length, before);
  });

  test('a delivery the mail server refuses is retried by the next run, and breaks nothing', async () => {
    const before = smtp.mails.length;
    smtp.refuse = true;
    const day = '2026-06-11';
    const failed = await jobResult(fx.admin, await sendReminders({ as_of: day }));
    assert.deepEqual(failed, { sent: 0, failed: 2, nothing_new: 0 });
    assert.equal((await agency.get('/api/v1/me/mail-settings')).status, 200, 'requests are unaffected');
    smtp.refuse = false;
    const retried = await jobResult(fx.admin, await sendReminders({ as_of: day }));
    assert.deepEqual(retried, { sent: 2, failed: 0, nothing_new: 0 });
    assert.equal(smtp.mails.length, before + 2);
    // The server's log names no address and no account.
    for (const secret of ['so-y-te@tinh.test', 'lanh-dao@tinh.test', fx.users.agency]) assert.ok(!fx.srv.output().includes(secret), secret);
    assert.match(fx.srv.output(), /pcmt mail: a reminder could not be delivered and will be retried/);
  });

  test('immediate mail: told when something new appears, not again for the same counts', async () => {
    const r = await leader.patch('/api/v1/me/mail-settings', { mode: 'immediate' });
    assert.equal(r.status, 200, r.text);
    const day = '2026-06-12';
    const first = await jobResult(fx.admin, await sendReminders({ as_of: day }));
    assert.equal(first.sent, 2, JSON.stringify(first)); // the agency's digest of the day and the leader's first notice
    const same = await jobResult(fx.admin, await sendReminders({ as_of: day }));
    assert.deepEqual(same, { sent: 0, failed: 0, nothing_new: 1 });
    // A second reviewed proposal: the leader's count rises, so they are told at once.
    const proposal = await office.post('/api/v1/areas/drug-free', { commune_code: QUIETER, year: 2026 });
    assert.equal(proposal.status, 201, proposal.text);
    assert.equal((await office.post(`/api/v1/areas/drug-free/${proposal.json.id}/review`, { note: 'Đủ' })).status, 200);
    const before = mailsTo('lanh-dao@tinh.test').length;
    const next = await jobResult(fx.admin, await sendReminders({ as_of: day }));
    assert.deepEqual(next, { sent: 1, failed: 0, nothing_new: 0 });
    const mails = mailsTo('lanh-dao@tinh.test');
    assert.equal(mails.length, before + 1);
    assert.match(mails[mails.length - 1].subject, /^pcmt – Có việc mới cần chú ý ngày 12\/06\/2026$/);
    assert.match(mails[mails.length - 1].body, /chờ đồng chí xử lý: 2\n/);
  });

  test('a user switched off gets nothing more', async () => {
    assert.equal((await agency.patch('/api/v1/me/mail-settings', { enabled: false })).status, 200);
    assert.equal((await leader.patch('/api/v1/me/mail-settings', { enabled: false })).status, 200);
    const before = smtp.mails.length;
    const job = await endedJob(fx.admin, await sendReminders({ as_of: '2026-06-13' }));
    assert.deepEqual(job.result, { sent: 0, failed: 0, nothing_new: 0 });
    assert.equal(job.kind, 'mail.digest');
    assert.equal(smtp.mails.length, before);
  });

  test('ops send the day\'s digest from the command line, once', async () => {
    assert.equal((await agency.patch('/api/v1/me/mail-settings', { enabled: true, mode: 'daily' })).status, 200);
    const before = mailsTo('so-y-te@tinh.test').length;
    const args = ['send-digest', '--db', fx.srv.dbUrl, '--mail-config', smtp.configFile, '--as-of', '2026-06-14'];
    const first = await fx.srv.pcmt(args);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /reminder mails for 2026-06-14: 1 sent, 0 failed/);
    assert.equal(mailsTo('so-y-te@tinh.test').length, before + 1);
    const again = await fx.srv.pcmt(args);
    assert.match(again.stdout, /: 0 sent, 0 failed/);
    assert.equal(mailsTo('so-y-te@tinh.test').length, before + 1);
  });
});

describe(`reminders without an SMTP server [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  test('the admin is told mail is not configured; settings still save', async () => {
    assertError(await fx.admin.post('/api/v1/mail/reminders', {}), 409, 'mail.not_configured');
    const leader = await fx.as('leader');
    const r = await leader.patch('/api/v1/me/mail-settings', { email: 'lanh-dao@tinh.test', enabled: true });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.mail_available, false);
  });
});
