// Guessing passwords: the current-password check of a password change is throttled like sign-in
// (on its own counter) and every attempt is audited; a failed sign-in keeps nothing of a username
// that no account has — it may be a password typed into the wrong box.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, auditRows, PASSWORD, PROVINCE, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const NEW_PASSWORD = 'Mat-khau-moi-cua-toi-2';

describe(`password change attempts [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  const user = async (username: string) => {
    await fx.srv.addUser({ username, role: 'leader', scope: `province:${PROVINCE}`, password: PASSWORD });
    return fx.login(username);
  };
  const change = (c: ApiClient, current_password: string, new_password = NEW_PASSWORD) =>
    c.post('/api/v1/me/password', { current_password, new_password });

  test('five wrong current passwords lock the change (429, with the wait), not the sign-in', async () => {
    const c = await user('p_guess');
    for (let i = 0; i < 5; i++) assertError(await change(c, `sai-mat-khau-${i}`), 400, 'auth.wrong_password', 'current_password');
    const locked = await change(c, PASSWORD);
    assertError(locked, 429, 'auth.password_change_locked');
    assert.match(locked.json.message, /thử lại sau 15 phút/);
    // The right password now changes nothing.
    assert.equal((await new ApiClient(fx.srv.baseUrl).login('p_guess', NEW_PASSWORD)).code, 'auth.invalid_credentials');
    // Signing in is counted apart.
    await fx.login('p_guess', PASSWORD);
  });

  test('every attempt is audited: wrong, too weak, locked, and the change itself', async () => {
    const c = await user('p_audit');
    await change(c, 'khong-phai-mat-khau');
    assertError(await change(c, PASSWORD, 'ngan'), 400, 'auth.weak_password');
    assert.equal((await change(c, PASSWORD)).status, 204);
    const rows = await auditRows(fx.admin, 'actor=p_audit');
    const attempts = rows.filter((r) => r.action.startsWith('auth.password_change')).reverse();
    assert.deepEqual(attempts.map((r) => [r.action, r.detail?.reason ?? null]), [
      ['auth.password_change_failed', 'wrong_password'],
      ['auth.password_change_failed', 'weak_password'],
      ['auth.password_change', null],
    ]);
    const locked = await user('p_locked');
    for (let i = 0; i < 6; i++) await change(locked, 'sai-sai-sai-sai');
    const [last] = await auditRows(fx.admin, 'actor=p_locked&action=auth.password_change_failed');
    assert.equal(last.detail.reason, 'locked');
    // No password, wrong or right, is in the trail.
    const text = JSON.stringify(await auditRows(fx.admin));
    for (const secret of ['khong-phai-mat-khau', 'sai-sai-sai-sai', NEW_PASSWORD]) assert.ok(!text.includes(secret), secret);
  });

  test('a successful change clears the count', async () => {
    const c = await user('p_reset');
    for (let i = 0; i < 4; i++) await change(c, 'sai-mat-khau-nua');
    assert.equal((await change(c, PASSWORD)).status, 204);
    for (let i = 0; i < 4; i++) assertError(await change(c, 'sai-mat-khau-nua', 'Mot-mat-khau-khac-3'), 400, 'auth.wrong_password');
    assert.equal((await change(c, NEW_PASSWORD, 'Mot-mat-khau-khac-3')).status, 204);
  });
});

describe(`failed sign-ins with an unknown username [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  // What a user types when the password lands in the username box.
  const TYPED = 'Mat-khau-bi-go-nham-0912';

  test('keep nothing of what was typed: not in the audit trail, not in the throttle table', async () => {
    // A counter keyed by the name as typed, from before names were fingerprinted, and long expired.
    await fx.srv.sql("INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) VALUES ('user:Mat-khau-cu-2024', 1, 1000, 0);");
    const r = await new ApiClient(fx.srv.baseUrl).login(TYPED, 'bat-ky-mat-khau');
    assert.equal(r.code, 'auth.invalid_credentials');
    const [row] = await auditRows(fx.admin, 'action=auth.login_failed');
    assert.deepEqual([row.actor, row.object_type, row.object_id, row.detail], ['-', 'user', '-', {
      reason: 'invalid_credentials', account: 'unknown',
    }]);
    const everything = JSON.stringify(await auditRows(fx.admin));
    assert.ok(!everything.includes(TYPED), 'the typed name is in the audit trail');
    const throttle = await fx.srv.sql('SELECT throttle_key FROM login_throttle;');
    assert.ok(!throttle.includes(TYPED), throttle);
    assert.ok(!throttle.toLowerCase().includes(TYPED.toLowerCase()), throttle);
    assert.ok(!throttle.includes('Mat-khau-cu-2024'), 'an expired counter outlived its window');
  });

  test('an unknown name is still locked after five failures, with the same answer as an account', async () => {
    const name = 'khong-co-tai-khoan-nay';
    const client = new ApiClient(fx.srv.baseUrl);
    for (let i = 0; i < 5; i++) assert.equal((await client.login(name, `sai-${i}`)).code, 'auth.invalid_credentials');
    const unknown = await client.post('/api/v1/auth/login', { username: name, password: 'sai-nua' }, { noCsrf: true });
    for (let i = 0; i < 5; i++) await client.login(fx.users.leader, `sai-${i}`);
    const known = await client.post('/api/v1/auth/login', { username: fx.users.leader, password: 'sai-nua' }, { noCsrf: true });
    assertError(unknown, 429, 'auth.locked');
    assertError(known, 429, 'auth.locked');
    assert.deepEqual(unknown.json, known.json);
  });

  test('a failed sign-in of an existing account still names it, for the auditor', async () => {
    await new ApiClient(fx.srv.baseUrl).login(fx.users.commune, 'sai-mat-khau');
    const [row] = await auditRows(fx.admin, `action=auth.login_failed&actor=${fx.users.commune}`);
    assert.equal(row.detail.account, 'known');
    assert.notEqual(row.object_id, '-');
  });
});
