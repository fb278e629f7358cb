// Latency of other users' writes while a rule value recomputes everyone under its pack: N people under
// management are imported, a Law 73/2021 value is set, and meanwhile a commune officer records residence
// checks one after another until the recompute has ended; prints the count, median, p99 and max.
// Run from tests/ (its node_modules): PCMT_BIN=../build/pcmt N=20000 node --import tsx ../bench/rule_value_write_latency.mts
// With a pcmt whose rule value answers 200 (the recompute inside the request), the PUT's answer ends it;
// with one that answers 202, the job's end does.
import { ApiClient } from '../tests/lib/client.ts';
import { COMMUNE, startWithUsers } from '../tests/lib/fixtures.ts';
import { peopleList } from '../tests/lib/people_lists.ts';

const n = Number(process.env.N ?? 20_000);
const fx = await startWithUsers({ engine: (process.env.PCMT_TEST_ENGINE as 'sqlite' | 'postgres') ?? 'sqlite' });
try {
  const office = await fx.as('standing_office');
  const imported = await office.post('/api/v1/people/import', { format: 'csv', content: peopleList(COMMUNE, 1, n, 'Đang quản lý'), commit: true });
  if (imported.status === 202) {
    for (;;) {
      const j = await office.get(`/api/v1/jobs/${imported.json.job_id}`);
      if (j.json.state === 'done') break;
      if (j.json.state !== 'running' && j.json.state !== 'queued') throw new Error(j.text);
      await new Promise((r) => setTimeout(r, 200));
    }
  } else if (imported.status !== 200) throw new Error(imported.text);
  const ids: number[] = [];
  for (let page = 1; ids.length < 200; page++) {
    const r = await office.get(`/api/v1/people?commune=${COMMUNE}&page_size=200&page=${page}`);
    ids.push(...r.json.items.map((p: any) => p.id));
  }
  const commune = await fx.as('commune');
  const admin: ApiClient = fx.admin ?? (await fx.as('admin'));
  const t0 = Date.now();
  let ended = false;
  const put = admin.put('/api/v1/rule-packs/law-73-2021/params/user_management.duration_months', { value: 13, source: 'bench' });
  void put.then(async (r) => {
    if (r.status === 202) {
      for (;;) {
        const j = await admin.get(`/api/v1/jobs/${r.json.job_id}`);
        if (j.json.state !== 'running' && j.json.state !== 'queued') break;
        await new Promise((res) => setTimeout(res, 200));
      }
    }
    ended = true;
  });
  const latencies: number[] = [];
  let failures = 0;
  for (let i = 0; !ended; i++) {
    const t = performance.now();
    const r = await commune.post(`/api/v1/people/${ids[i % ids.length]}/events`, { type: 'residence_check', date: '2026-04-10' });
    latencies.push(performance.now() - t);
    if (process.env.SLOW && performance.now() - t > 500) console.log(`slow write ${i} at ${Date.now() - t0} ms: ${(performance.now() - t).toFixed(0)} ms`);
    if (r.status >= 500) failures++;
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(`people=${n} recompute_wall_s=${((Date.now() - t0) / 1000).toFixed(1)} writes=${latencies.length} ` +
    `5xx=${failures} median_ms=${at(0.5)} p99_ms=${at(0.99)} max_ms=${latencies[latencies.length - 1].toFixed(1)}`);
} finally {
  await fx.srv.stop();
}
