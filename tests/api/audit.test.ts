// The audit log: one row per write and per login attempt; a hash chain that `pcmt audit verify` and
// /api/v1/audit/verify check, and that detects rows edited, deleted or reordered directly in the database.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, auditRows, COMMUNE, PASSWORD, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const COLUMNS = 'at_ms, actor_id, actor, action, object_type, object_id, province_code, reason, detail, prev_hash, hash';

describe(`audit [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let auditor: ApiClient;
  before(async () => {
    auditor = await fx.as('auditor');
  });

  const loginRows = async () => (await auditRows(auditor)).filter((e) => /login/.test(e.action));

  test('an entry has the documented shape, and the list is newest first', async () => {
    const rows = await auditRows(auditor);
    assert.ok(rows.length >= 2);
    for (const e of rows) {
      assert.deepEqual(Object.keys(e).sort(), ['action', 'actor', 'actor_name', 'at', 'detail', 'names', 'object_id',
        'object_name', 'object_type', 'reason', 'seq']);
      assert.equal(typeof e.seq, 'number');
      assert.match(e.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].seq > rows[i].seq, 'not newest first');
  });

  test('a write leaves a row naming the actor, the action and the object', async () => {
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 12345 });
    assert.equal(r.status, 200, r.text);
    const [e] = await auditRows(auditor, 'action=commune.update');
    assert.ok(e, 'no commune.update row');
    assert.equal(e.actor, fx.users.admin);
    assert.equal(e.object_type, 'commune');
    assert.equal(e.object_id, COMMUNE);
    assert.equal(e.object_name, 'Phường Thành Vinh', 'the object is named as people read it');
    assert.equal(typeof e.actor_name, 'string');
    assert.match(JSON.stringify(e.detail), /12345/, 'the row should record the new value');
  });

  test('a refused write leaves no row', async () => {
    const before = (await auditRows(auditor, 'action=commune.update')).length;
    await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: -3 });
    await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 3 }, { noCsrf: true });
    assert.equal((await auditRows(auditor, 'action=commune.update')).length, before);
  });

  test('a successful login and a failed login each leave a row, and no password is recorded', async () => {
    const before = await loginRows();
    await fx.login(fx.users.leader);
    const afterSuccess = await loginRows();
    assert.equal(afterSuccess.length, before.length + 1);
    const success = afterSuccess[0];
    assert.equal(success.actor, fx.users.leader);

    const wrong = 'Sai-mat-khau-rat-dai-123';
    await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', { username: fx.users.leader, password: wrong });
    const afterFailure = await loginRows();
    assert.equal(afterFailure.length, afterSuccess.length + 1);
    const failure = afterFailure[0];
    assert.notEqual(failure.action, success.action, 'a failure must be told apart from a success');
    assert.match(JSON.stringify(failure), new RegExp(fx.users.leader), 'the failed row names the username tried');

    const everything = JSON.stringify(await auditRows(auditor));
    assert.ok(!everything.includes(wrong) && !everything.includes(PASSWORD), 'a password reached the audit log');
  });

  test('creating a user and importing populations are audited', async () => {
    const u = await fx.admin.post('/api/v1/users', { username: 'audited_user', full_name: 'Được ghi vết', role: 'leader',
      scope: 'province:40', password: PASSWORD });
    assert.equal(u.status, 201, u.text);
    const userRows = await auditRows(auditor, 'object_type=user');
    assert.ok(userRows.some((e) => e.object_id === String(u.json.id) && e.actor === fx.users.admin), JSON.stringify(userRows));
    const imp = await fx.admin.post('/api/v1/communes/population-import?province=40', undefined,
      { raw: `commune_code,population\n${COMMUNE},777\n`, contentType: 'text/csv' });
    assert.equal(imp.status, 200, imp.text);
    const [newest] = await auditRows(auditor);
    assert.equal(newest.actor, fx.users.admin);
    assert.match(newest.action, /import/);
  });

  test('filters: actor, action, object type, date range', async () => {
    const byActor = await auditRows(auditor, `actor=${fx.users.admin}`);
    assert.ok(byActor.length > 0);
    for (const e of byActor) assert.equal(e.actor, fx.users.admin);
    const byType = await auditRows(auditor, 'object_type=commune');
    assert.ok(byType.length > 0);
    for (const e of byType) assert.equal(e.object_type, 'commune');
    const yesterday = new Date(Date.now() - 86400_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
    // Vietnam time or UTC: today's rows fall between yesterday and tomorrow either way.
    assert.equal((await auditRows(auditor, `from=${yesterday}&to=${tomorrow}`)).length, (await auditRows(auditor)).length);
    assert.deepEqual(await auditRows(auditor, 'from=2000-01-01&to=2000-01-31'), []);
    const bad = await auditor.get('/api/v1/audit?from=01/11/2026');
    assert.equal(bad.status, 400, bad.text);
  });

  describe('tamper detection', () => {
    let count = 0;
    let mid = 0;
    let last = 0;

    const cli = () => fx.srv.pcmt(['audit', 'verify', '--db', fx.srv.dbUrl]);
    const api = async () => {
      const r = await auditor.get('/api/v1/audit/verify');
      assert.equal(r.status, 200, r.text);
      return r.json;
    };
    const scalar = async (q: string) => Number((await fx.srv.sql(q)).trim().split('\n').pop());

    /** The chain must be reported broken, by the CLI and the API, at one of the seqs given. */
    async function assertBroken(what: string, seqs: number[]) {
      const r = await cli();
      assert.notEqual(r.code, 0, `${what}: pcmt audit verify exited 0\n${r.stdout}${r.stderr}`);
      const said = r.stdout + r.stderr;
      assert.ok(seqs.some((s) => new RegExp(`\\b${s}\\b`).test(said)), `${what}: verify does not name row ${seqs.join(' or ')}: ${said}`);
      const v = await api();
      assert.equal(v.ok, false, `${what}: /audit/verify says ok: ${JSON.stringify(v)}`);
      assert.ok(seqs.includes(v.first_bad_seq), `${what}: first_bad_seq ${v.first_bad_seq}, expected ${seqs.join(' or ')}`);
      assert.equal(typeof v.problem, 'string');
    }

    async function assertIntact(what: string) {
      const r = await cli();
      assert.equal(r.code, 0, `${what}: ${r.stdout}${r.stderr}`);
      const v = await api();
      assert.equal(v.ok, true, `${what}: ${JSON.stringify(v)}`);
    }

    before(async () => {
      // A pristine copy to restore from, and the database's own guard against changes removed,
      // as an attacker with database access would (the chain must still tell).
      if (fx.srv.engine === 'sqlite') {
        const triggers = (await fx.srv.sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log';"))
          .split('\n').filter(Boolean);
        await fx.srv.sql(triggers.map((t) => `DROP TRIGGER "${t}";`).join('\n'));
      } else {
        await fx.srv.sql('ALTER TABLE audit_log DISABLE TRIGGER USER;');
      }
      await fx.srv.sql('CREATE TABLE audit_backup AS SELECT * FROM audit_log;');
      count = await scalar('SELECT count(*) FROM audit_log;');
      last = await scalar('SELECT max(seq) FROM audit_log;');
      mid = await scalar(`SELECT seq FROM audit_log WHERE action = 'commune.update' ORDER BY seq LIMIT 1;`);
      assert.ok(count >= 5 && mid > 1 && mid < last, `count ${count}, mid ${mid}, last ${last}`);
    });

    const restore = (seqs: number[]) => fx.srv.sql(
      `UPDATE audit_log SET (${COLUMNS}) = (SELECT ${COLUMNS} FROM audit_backup b WHERE b.seq = audit_log.seq) ` +
      `WHERE seq IN (${seqs.join(',')});`);

    test('the untouched chain verifies: CLI exit 0, API ok with every row checked', async () => {
      const r = await cli();
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const v = await api();
      assert.equal(v.ok, true, JSON.stringify(v));
      assert.ok(v.checked >= count, `checked ${v.checked} of ${count}`);
    });

    test('an edited row is found and named', async () => {
      await fx.srv.sql(`UPDATE audit_log SET detail = '{"population":[null,999999]}' WHERE seq = ${mid};`);
      await assertBroken('edited detail', [mid]);
      await restore([mid]);
      await assertIntact('after restoring the edited row');
    });

    test('an edited actor or time is found too', async () => {
      await fx.srv.sql(`UPDATE audit_log SET actor = 'someone_else' WHERE seq = ${mid};`);
      await assertBroken('edited actor', [mid]);
      await restore([mid]);
      await fx.srv.sql(`UPDATE audit_log SET at_ms = at_ms - 86400000 WHERE seq = ${mid};`);
      await assertBroken('edited time', [mid]);
      await restore([mid]);
      await assertIntact('after restoring');
    });

    test('an edit that recomputes nothing but the row hash is found at the next row', async () => {
      // An attacker who also rewrites this row's hash breaks the link from the next row.
      await fx.srv.sql(`UPDATE audit_log SET detail = '{}', hash = '${'a'.repeat(64)}' WHERE seq = ${mid};`);
      await assertBroken('edited row and its hash', [mid, mid + 1]);
      await restore([mid]);
      await assertIntact('after restoring');
    });

    test('a deleted row is found', async () => {
      await fx.srv.sql(`DELETE FROM audit_log WHERE seq = ${mid};`);
      await assertBroken('deleted row', [mid, mid + 1]);
      await fx.srv.sql(`INSERT INTO audit_log SELECT * FROM audit_backup WHERE seq = ${mid};`);
      await assertIntact('after putting the row back');
    });

    test('two swapped rows are found', async () => {
      const a = mid;
      const b = mid + 1;
      const swap = `UPDATE audit_log SET seq = -1 WHERE seq = ${a};\nUPDATE audit_log SET seq = ${a} WHERE seq = ${b};\n` +
        `UPDATE audit_log SET seq = ${b} WHERE seq = -1;`;
      await fx.srv.sql(swap);
      await assertBroken('swapped rows', [a, b]);
      await fx.srv.sql(swap);
      await assertIntact('after swapping back');
    });

    test('the newest row edited or deleted is found', async () => {
      const newest = await scalar('SELECT max(seq) FROM audit_log;');
      await fx.srv.sql(`UPDATE audit_log SET detail = '{}' WHERE seq = ${newest};`);
      await assertBroken('edited newest row', [newest]);
      await restore([newest]);
      await assertIntact('after restoring the newest row');
      await fx.srv.sql(`CREATE TABLE audit_tail AS SELECT * FROM audit_log WHERE seq = ${newest};\n` +
        `DELETE FROM audit_log WHERE seq = ${newest};`);
      const r = await cli();
      assert.notEqual(r.code, 0, `truncated chain verified: ${r.stdout}${r.stderr}`);
      assert.equal((await api()).ok, false);
      await fx.srv.sql(`INSERT INTO audit_log SELECT * FROM audit_tail;`);
      await assertIntact('after putting the newest row back');
    });

    test('the server keeps appending to the repaired chain', async () => {
      assert.equal((await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 4321 })).status, 200);
      await assertIntact('after a new write');
    });

    test('only auditor and admin run the check', async () => {
      assertError(await (await fx.as('leader')).get('/api/v1/audit/verify'), 403, 'auth.forbidden');
    });
  });
});
