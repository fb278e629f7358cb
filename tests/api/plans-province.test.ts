// The issuing province of an uploaded plan over real HTTP: each real fixture yields its own; a plan of
// another province (Đồng Nai, uploaded in Nghệ An) is pointed out at review, and its save is refused
// with plan.other_province (nothing stored) until the user confirms it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { assertError, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv, repoRoot } from '../lib/server.ts';

const parse = (client: ApiClient, name: string) =>
  client.post(`/api/v1/plans/parse?filename=${name}`, undefined,
    { raw: readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', name)), contentType: 'text/plain' });

describe(`plans: the issuing province [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;

  before(async () => {
    office = await fx.as('standing_office');
  });

  test('each real plan yields its own province; only another province\'s is pointed out', async () => {
    const fixtures: [string, string, string, boolean][] = [
      ['nghe-an-594-kh-ubnd-2025.txt', '40', 'Nghệ An', false],
      ['dong-nai-171-kh-ubnd-2025.txt', '75', 'Đồng Nai', true],
      ['thanh-hoa-kh-bcd-2021.txt', '38', 'Thanh Hóa', true],
    ];
    for (const [name, code, province, other] of fixtures) {
      const r = await parse(office, name);
      assert.equal(r.status, 200, r.text.slice(0, 300));
      assert.equal(r.json.plan.document.province_code, code, name);
      assert.equal(r.json.plan.document.province_name, province, name);
      if (other) {
        assert.equal(r.json.other_province.code, code, name);
        assert.match(r.json.other_province.message, new RegExp(`do tỉnh ${province} ban hành, không phải tỉnh Nghệ An`));
      } else {
        assert.equal(r.json.other_province, null, name);
      }
    }
  });

  test('another province\'s plan is saved only with the confirmation', async () => {
    const r = await parse(office, 'dong-nai-171-kh-ubnd-2025.txt');
    const body = { ...r.json.plan, horizon_year: 2026,
      new_agencies: r.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })) };
    const refused = await office.post('/api/v1/plans', body);
    assertError(refused, 422, 'plan.other_province', 'document.province_code');
    assert.match(refused.json.message, /Kế hoạch này do tỉnh Đồng Nai ban hành, không phải tỉnh Nghệ An.*xác nhận/);
    // Without the province code, the issuer line says it just as well.
    const { province_code: _code, ...bare } = body.document;
    assertError(await office.post('/api/v1/plans', { ...body, document: bare }), 422, 'plan.other_province');
    assertError(await office.post('/api/v1/plans', { ...body, document: { ...body.document, province_code: '99' } }), 400,
      'plan.province_invalid', 'document.province_code');
    assertError(await office.post('/api/v1/plans', { ...body, confirm_other_province: 'yes' }), 400, 'request.invalid');
    // Nothing was stored: no plan, no new agency.
    assert.equal((await office.get('/api/v1/plans')).json.total, 0);

    const saved = await office.post('/api/v1/plans', { ...body, confirm_other_province: true });
    assert.equal(saved.status, 201, saved.text.slice(0, 300));
    const audit = await fx.admin.get('/api/v1/audit?action=plan.create');
    assert.equal(audit.json.items[0].object_id, String(saved.json.id));
  });

  test('the province\'s own plan needs no confirmation', async () => {
    const r = await parse(office, 'nghe-an-594-kh-ubnd-2025.txt');
    const saved = await office.post('/api/v1/plans', { ...r.json.plan, horizon_year: 2026,
      new_agencies: r.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })) });
    assert.equal(saved.status, 201, saved.text.slice(0, 300));
  });
});
