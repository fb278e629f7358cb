// A full disk: writes fail whole with 503 storage.full, the server stays up, and writes succeed again once
// space is freed. The database lives in a small tmpfs (SQLite: its file; PostgreSQL: a tablespace there,
// while the cluster's own WAL stays on the real disk), filled with a file until nothing is left.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { COMMUNE, PASSWORD, PROVINCE, assertError } from '../lib/fixtures.ts';
import { engineFromEnv, run, startServer, type TestServer } from '../lib/server.ts';

const engine = engineFromEnv();
const isRoot = process.getuid?.() === 0;

/** n people of commune COMMUNE born in 1993, as an import request. */
function importOf(n: number, first: number) {
  const rows = ['Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã'];
  for (let i = first; i < first + n; i++) {
    rows.push(`040093${String(i).padStart(6, '0')},Người Thử Đầy Đĩa ${i},01/02/1993,Nam,${COMMUNE}`);
  }
  return { format: 'csv', content: `${rows.join('\n')}\n`, commit: true };
}

describe(`disk full [${engine}]`, { skip: isRoot ? false : 'needs root to mount a small tmpfs' }, () => {
  let mount = '';
  let tablespace = '';
  let srv: TestServer | undefined;
  let office: ApiClient;
  const fill = () => path.join(mount, 'fill');

  before(async () => {
    mount = mkdtempSync(path.join(tmpdir(), 'pcmt-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', mount]);
    if (engine === 'postgres') {
      const dir = path.join(mount, 'pg');
      mkdirSync(dir);
      // The cluster runs as `postgres` when started by root (scripts/pg-throwaway.sh).
      const owner = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
      chownSync(dir, Number(owner), Number(owner));
      tablespace = `pcmt_full_${process.pid}`;
      execFileSync('psql', [process.env.PCMT_TEST_PG_URL!, '-v', 'ON_ERROR_STOP=1', '-qc',
        `CREATE TABLESPACE ${tablespace} LOCATION '${dir}'`]);
    }
    srv = await startServer(engine === 'sqlite' ? { sqliteDir: mount } : { pgTablespace: tablespace });
    await srv.addUser({ username: 'full_office', role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD });
    office = new ApiClient(srv.baseUrl);
    await office.loginOk('full_office', PASSWORD);
  });

  after(async () => {
    await srv?.stop().catch(() => {});
    if (tablespace) {
      await run('psql', [process.env.PCMT_TEST_PG_URL!, '-qc', `DROP TABLESPACE IF EXISTS ${tablespace}`]);
    }
    if (mount) {
      await run('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });

  const count = async (q: string) => Number((await srv!.sql(q)).trim());

  test('a write on a full disk answers 503 and changes nothing; once space is freed it succeeds', async () => {
    assert.equal((await office.post('/api/v1/people/import', importOf(10, 1))).status, 200);
    const people = await count('SELECT COUNT(*) FROM people;');
    const audit = await count('SELECT COUNT(*) FROM audit_log;');
    // SQLite keeps its write-ahead log's file at its largest size: empty it, so a write needs new space.
    if (engine === 'sqlite') await srv!.sql('PRAGMA wal_checkpoint(TRUNCATE);');
    // dd stops with "No space left on device": that is the point.
    await run('dd', ['if=/dev/zero', `of=${fill()}`, 'bs=1M']);

    const full = await office.post('/api/v1/people/import', importOf(2000, 100));
    assertError(full, 503, 'storage.full');
    assert.equal(full.json.message, 'Máy chủ hết dung lượng lưu trữ, hãy báo quản trị viên');
    const edit = await office.patch(`/api/v1/communes/${COMMUNE}`, { population: 76543 });
    if (edit.status !== 200) assertError(edit, 503, 'storage.full');  // a small write may still fit in a page
    assert.equal(await count('SELECT COUNT(*) FROM people;'), people, 'an import was half-written');
    assert.equal(await count('SELECT COUNT(*) FROM audit_log;'), audit + (edit.status === 200 ? 1 : 0));

    const health = await new ApiClient(srv!.baseUrl).get('/healthz');
    assert.equal(health.status, 200, health.text);
    assert.equal((await office.get('/api/v1/me')).status, 200);

    rmSync(fill());
    const again = await office.post('/api/v1/people/import', importOf(2000, 100));
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.imported, 2000);
    assert.equal(await count('SELECT COUNT(*) FROM people;'), people + 2000);
  });
});
