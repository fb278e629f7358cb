// Long work runs as a job (docs/architecture.md "Jobs"): a committed import, a rule value's recompute
// and a residence linkage answer 202 with a job that reports its progress, can be cancelled, survives
// kill -9 of its server (resumed, or removed whole), and leaves other users free to write meanwhile.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, auditRows, COMMUNE, PASSWORD, startWithUsers, useFixture, type Fixture } from '../lib/fixtures.ts';
import { ENDED, endedJob, jobResult, waitJob } from '../lib/jobs.ts';
import { id1990, peopleList } from '../lib/people_lists.ts';
import { engineFromEnv, type TestServer } from '../lib/server.ts';

const listOf = (first: number, n: number) => peopleList(COMMUNE, first, n, 'Đang quản lý');
const importing = (csv: string) => ({ format: 'csv', content: csv, commit: true });
const DURATION = '/api/v1/rule-packs/law-73-2021/params/user_management.duration_months';

async function countOf(srv: TestServer, query: string): Promise<number> {
  return Number((await srv.sql(query)).trim().split('\n').pop());
}
const peopleBetween = (first: number, n: number) =>
  `SELECT COUNT(*) FROM people WHERE personal_id BETWEEN '${id1990(first)}' AND '${id1990(first + n - 1)}';`;

describe(`jobs [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;
  let commune: ApiClient;

  before(async () => {
    office = await fx.as('standing_office');
    commune = await fx.as('commune');
  });

  test('a committed import is a job: progress up to done, the report as its result, seen by its owner only', async () => {
    const started = await office.post('/api/v1/people/import', importing(listOf(1, 2500)));
    const job = await endedJob(office, started);
    assert.equal(job.state, 'done', JSON.stringify(job.error)?.slice(0, 300));
    assert.equal(job.kind, 'people.import');
    assert.equal(job.phase, 'insert');
    assert.equal(job.done, 2500);
    assert.equal(job.total, 2500);
    assert.equal(job.result.imported, 2500);
    assert.equal(job.result.committed, true);
    assert.equal(await countOf(fx.srv, peopleBetween(1, 2500)), 2500);
    // Only its owner and an admin see it; the owner finds it among their jobs.
    assertError(await commune.get(`/api/v1/jobs/${job.id}`), 404, 'not_found');
    assertError(await commune.post(`/api/v1/jobs/${job.id}/cancel`), 404, 'not_found');
    assert.equal((await fx.admin.get(`/api/v1/jobs/${job.id}`)).status, 200);
    const mine = await office.get('/api/v1/jobs');
    assert.ok(mine.json.items.some((j: any) => j.id === job.id), mine.text);
    assert.ok(!(await commune.get('/api/v1/jobs')).json.items.some((j: any) => j.id === job.id));
    assertError(await office.post(`/api/v1/jobs/${job.id}/cancel`), 409, 'job.finished');
    // The file (personal data) is not kept once the job has ended.
    assert.equal(await countOf(fx.srv, `SELECT COUNT(*) FROM jobs WHERE id = ${job.id} AND input = '{}';`), 1);
    assert.equal((await auditRows(fx.admin, 'action=people.import')).length, 1);
  });

  test('a cancelled import leaves nothing of its file', async () => {
    const started = await office.post('/api/v1/people/import', importing(listOf(10_000, 20_000)));
    assert.equal(started.status, 202, started.text);
    const id = started.json.job_id;
    await waitJob(office, id, (j) => j.phase === 'insert' && j.done > 0);
    const asked = await office.post(`/api/v1/jobs/${id}/cancel`);
    assert.equal(asked.status, 200, asked.text);
    assert.equal(asked.json.cancel_requested, true);
    const job = await waitJob(office, id);
    assert.equal(job.state, 'cancelled', JSON.stringify(job));
    assert.equal(await countOf(fx.srv, peopleBetween(10_000, 20_000)), 0);
    assert.equal((await auditRows(fx.admin, 'action=jobs.cancel')).length, 1);
  });

  test('a rule value is set at once and everyone under its pack recomputed by a job; others keep writing meanwhile', async () => {
    const before = (await fx.srv.sql("SELECT DISTINCT due_date FROM person_deadlines WHERE kind = 'user_management.end';")).trim();
    const started = await fx.admin.put(DURATION, { value: 13, source: 'NĐ xx/2026/NĐ-CP Điều yy' });
    assert.equal(started.status, 202, started.text);
    // While it runs, a commune officer registers people: every write succeeds.
    let writes = 0;
    do {
      const r = await commune.post('/api/v1/people', {
        personal_id: id1990(900_000 + writes), full_name: `Lò Văn Pá ${writes}`,
        birth_date: new Date(Date.UTC(1990, 0, 1 + writes)).toISOString().slice(0, 10), sex: 'male', commune_code: COMMUNE,
      });
      assert.equal(r.status, 201, r.text.slice(0, 300));
      writes++;
      // (at most a year of distinct birth dates: the IDs say 1990)
    } while (writes < 365 && !ENDED.has((await fx.admin.get(`/api/v1/jobs/${started.json.job_id}`)).json.state));
    const result = await jobResult(fx.admin, started);
    assert.equal(result.recomputed, 2500);
    assert.equal(result.changed, 2500);
    assert.equal(result.pack.params.find((p: any) => p.name === 'user_management.duration_months').value, 13);
    const afterDue = (await fx.srv.sql("SELECT DISTINCT due_date FROM person_deadlines WHERE kind = 'user_management.end';")).trim();
    assert.notEqual(afterDue, before);
    assert.equal(afterDue.split('\n').length, 1, afterDue);
    assertError(await fx.admin.post(`/api/v1/jobs/${started.json.job_id}/cancel`), 409, 'job.finished');
  });
});

/** Kills the server with SIGKILL once the job's progress says `when`, then starts another on its database. */
async function killDuring(fx: Fixture, c: ApiClient, id: number, when: (job: any) => boolean) {
  await waitJob(c, id, when);
  fx.srv.kill('SIGKILL');
  await fx.srv.exited;
  const next = await fx.srv.startAnother();
  const client = new ApiClient(next.baseUrl);
  return { next, client };
}

describe(`jobs survive kill -9 [${engineFromEnv()}]`, () => {
  let fx: Fixture;
  let next: TestServer | undefined;
  before(async () => {
    fx = await startWithUsers();
  });
  after(async () => {
    await next?.stop();
    await fx?.srv.stop();
  });

  test('an import killed while it inserts is removed and run again, whole', async () => {
    const office = await fx.as('standing_office');
    const started = await office.post('/api/v1/people/import', importing(listOf(1, 12_000)));
    assert.equal(started.status, 202, started.text);
    const id = started.json.job_id;
    const restarted = await killDuring(fx, office, id, (j) => j.phase === 'insert' && j.done > 0 && j.done < j.total);
    next = restarted.next;
    await restarted.client.loginOk(fx.users.standing_office, PASSWORD);
    const job = await waitJob(restarted.client, id);
    assert.equal(job.state, 'done', JSON.stringify(job.error)?.slice(0, 300));
    assert.equal(job.result.imported, 12_000);
    assert.equal(await countOf(next, peopleBetween(1, 12_000)), 12_000);
    assert.equal(await countOf(next, "SELECT COUNT(*) FROM audit_log WHERE action = 'people.import';"), 1);
  });

  test('a recompute killed halfway resumes after the last chunk it committed', async () => {
    const admin = new ApiClient(next!.baseUrl);
    await admin.loginOk(fx.users.admin, PASSWORD);
    const started = await admin.put(DURATION, { value: 14, source: 'NĐ xx/2026/NĐ-CP Điều yy' });
    assert.equal(started.status, 202, started.text);
    const id = started.json.job_id;
    const old = next!;
    await waitJob(admin, id, (j) => j.phase === 'recompute' && j.done > 0 && j.done < j.total);
    old.kill('SIGKILL');
    await old.exited;
    next = await fx.srv.startAnother();
    await old.stop();
    const again = new ApiClient(next.baseUrl);
    await again.loginOk(fx.users.admin, PASSWORD);
    const job = await waitJob(again, id);
    assert.equal(job.state, 'done', JSON.stringify(job.error)?.slice(0, 300));
    assert.equal(job.done, 12_000);
    const due = (await next.sql("SELECT DISTINCT due_date FROM person_deadlines WHERE kind = 'user_management.end';")).trim();
    assert.equal(due.split('\n').length, 1, due);
    assert.equal(await countOf(next, "SELECT COUNT(*) FROM audit_log WHERE action = 'rules.recompute';"), 1);
  });
  test('a residence linkage killed while it compares keeps the previous links, then resumes and swaps in whole', async () => {
    const office = new ApiClient(next!.baseUrl);
    await office.loginOk(fx.users.standing_office, PASSWORD);
    const rows = Array.from({ length: 12_000 }, (_, i) => `${id1990(i + 1)},Người Đối Chiếu,1990-01-01,${COMMUNE}`);
    const extract = `personal_id,full_name,birth_date,registered_commune\n${rows.join('\n')}\n`;
    const started = await office.post('/api/v1/people/residence-linkage', { format: 'csv', content: extract });
    assert.equal(started.status, 202, started.text);
    const id = started.json.job_id;
    const old = next!;
    const halfway = await waitJob(office, id, (j) => j.phase === 'compare' && j.done > 0 && j.done < j.total);
    old.kill('SIGKILL');
    await old.exited;
    // Chunks were staged and committed; the links a reader sees are still the previous ones (none).
    assert.ok(await countOf(old, 'SELECT COUNT(*) FROM person_residence_link_staging;') >= halfway.done);
    assert.equal(await countOf(old, 'SELECT COUNT(*) FROM person_residence_links;'), 0);
    next = await fx.srv.startAnother();
    await old.stop();
    const again = new ApiClient(next.baseUrl);
    await again.loginOk(fx.users.standing_office, PASSWORD);
    const job = await waitJob(again, id);
    assert.equal(job.state, 'done', JSON.stringify(job.error)?.slice(0, 300));
    assert.equal(job.result.compared, job.total);
    assert.equal(job.result.differs, 12_000);
    assert.equal(job.result.extract_rows, 12_000);
    assert.equal(await countOf(next, 'SELECT COUNT(*) FROM person_residence_links;'), job.total);
    assert.equal(await countOf(next, 'SELECT COUNT(*) FROM person_residence_link_staging;'), 0);
    assert.equal(await countOf(next, "SELECT COUNT(*) FROM audit_log WHERE action = 'people.residence_linkage';"), 1);
  });
});
