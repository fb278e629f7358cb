// The demo province `make run` starts with (src/app/demo.cpp): people at every stage the registry
// follows, work due in the worklist, areas records — all written through the use cases, so the
// audit chain verifies. On both engines.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

describe(`demo province [${engineFromEnv()}]`, () => {
  const fx = useFixture({ demo: true });

  test('people are registered in every regime, and the province worklist has work due and overdue', async () => {
    const office = await fx.as('standing_office');
    const stats = await office.get('/api/v1/people/statistics');
    assert.equal(stats.status, 200, stats.text);
    for (const code of ['users', 'addicts', 'voluntary_home', 'substitution', 'compulsory', 'post_rehab']) {
      const c = stats.json.categories.find((x: any) => x.code === code);
      assert.ok(c?.total > 0, `${code}: ${JSON.stringify(c)}`);
    }
    const work = await office.get('/api/v1/worklist');
    assert.equal(work.status, 200, work.text);
    assert.ok(work.json.overdue > 0, work.text.slice(0, 300));
    assert.ok(work.json.items.length > 0);
    const chain = await fx.admin.get('/api/v1/audit/verify');
    assert.equal(chain.status, 200, chain.text);
    assert.equal(chain.json.ok, true, chain.text);
  });
});
