// The province map and the roadmap outlook over HTTP: points with and
// without coordinates, commune positions set (audited) or estimated from points, the tile source
// and the CSP that allows its origin only, the projection from approved years, and the communes
// closest to drug-free with what they miss.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  assertError, auditRows, COMMUNE, FOREIGN_COMMUNE, OTHER_COMMUNE, referenceCommunes, PROVINCE, useFixture,
} from '../lib/fixtures.ts';
import { engineFromEnv, pcmtBinary, run } from '../lib/server.ts';

const A = '/api/v1/areas';
const TILES = 'https://tiles.example.vn/osm/{z}/{x}/{y}.png';

function imgSrc(csp: unknown): string {
  const directive = String(csp).split(';').map((d) => d.trim()).find((d) => d.startsWith('img-src'));
  assert.ok(directive, String(csp));
  return directive;
}

describe(`areas map without tiles [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('no tile source: config says null and the CSP allows no other image origin', async () => {
    const r = await fx.admin.get(`${A}/map/config`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.tile_url, null);
    assert.equal(imgSrc(r.headers['content-security-policy']), "img-src 'self' data: blob:");
  });

  test('the map lists every point and commune, with or without coordinates; positions estimated or set', async () => {
    const commune = await fx.as('commune');
    const points = [
      { kind: 'use_point', address: 'Số 1 Lê Lợi', lat: 18.67, lon: 105.68, found_date: '2025-03-01' },
      { kind: 'hotspot', address: 'Bến xe', lat: 18.69, lon: 105.7, found_date: '2025-03-02' },
      { kind: 'retail', address: 'Ngõ 5 Trần Phú', found_date: '2025-03-03' },
    ];
    const ids: number[] = [];
    for (const p of points) {
      const r = await commune.post(`${A}/points`, p);
      assert.equal(r.status, 201, r.text);
      ids.push(r.json.id);
    }
    const theirs = await fx.admin.post(`${A}/points`, { commune_code: OTHER_COMMUNE, kind: 'hotspot',
      address: 'Chợ Vinh', found_date: '2025-04-01' });
    assert.equal(theirs.status, 201, theirs.text);

    const so = await fx.as('standing_office');
    const map = await so.get(`${A}/map?year=2025`);
    assert.equal(map.status, 200, map.text);
    assert.equal(map.json.year, 2025);
    assert.equal(map.json.communes.length, referenceCommunes(PROVINCE).length);
    assert.deepEqual(map.json.points.map((p: any) => p.id).sort(), [...ids, theirs.json.id].sort());
    const retail = map.json.points.find((p: any) => p.id === ids[2]);
    assert.equal(retail.lat, null);
    assert.equal(retail.kind, 'retail');
    const mine = map.json.communes.find((c: any) => c.code === COMMUNE);
    assert.equal(mine.position.source, 'estimated');
    assert.ok(Math.abs(mine.position.lat - 18.68) < 1e-9 && Math.abs(mine.position.lon - 105.69) < 1e-9);
    assert.equal(mine.points, 3);
    assert.equal(mine.drug_free, false);  // two use points / hotspots found in the window
    const other = map.json.communes.find((c: any) => c.code === OTHER_COMMUNE);
    assert.equal(other.position, null);  // its only point has no coordinates

    const set = await so.put(`${A}/map/communes/${OTHER_COMMUNE}/position`, { lat: 18.66, lon: 105.67 });
    assert.equal(set.status, 200, set.text);
    assert.deepEqual(set.json.position, { lat: 18.66, lon: 105.67, source: 'set' });
    const again = await so.get(`${A}/map?year=2025`);
    assert.deepEqual(again.json.communes.find((c: any) => c.code === OTHER_COMMUNE).position,
      { lat: 18.66, lon: 105.67, source: 'set' });
    const audit = await auditRows(fx.admin, `action=area_commune.position`);
    assert.equal(audit.length, 1);
    assert.equal(audit[0].object_id, OTHER_COMMUNE);

    // A set position wins over the estimate; clearing it brings the estimate back.
    await so.put(`${A}/map/communes/${COMMUNE}/position`, { lat: 18.7, lon: 105.6 });
    assert.equal((await so.get(`${A}/map`)).json.communes.find((c: any) => c.code === COMMUNE).position.source, 'set');
    const cleared = await so.put(`${A}/map/communes/${COMMUNE}/position`, { lat: null, lon: null });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal((await so.get(`${A}/map?year=2025`)).json.communes.find((c: any) => c.code === COMMUNE).position.source,
      'estimated');
  });

  test('a commune user sees its own commune and points only, and cannot place communes', async () => {
    const commune = await fx.as('commune');
    const map = await commune.get(`${A}/map?year=2025`);
    assert.equal(map.status, 200, map.text);
    assert.deepEqual(map.json.communes.map((c: any) => c.code), [COMMUNE]);
    assert.ok(map.json.points.length > 0);
    assert.ok(map.json.points.every((p: any) => p.commune_code === COMMUNE));
    assertError(await commune.put(`${A}/map/communes/${COMMUNE}/position`, { lat: 18, lon: 105 }), 403, 'auth.forbidden');
    assertError(await (await fx.as('leader')).put(`${A}/map/communes/${COMMUNE}/position`, { lat: 18, lon: 105 }), 403,
      'auth.forbidden');
  });

  test('bad positions are 400 on the field; another province is 404', async () => {
    const so = await fx.as('standing_office');
    const put = (code: string, body: unknown) => so.put(`${A}/map/communes/${code}/position`, body);
    assertError(await put(COMMUNE, { lat: 91, lon: 105 }), 400, 'area.position_invalid', 'lat');
    assertError(await put(COMMUNE, { lat: 18, lon: -181 }), 400, 'area.position_invalid', 'lon');
    assertError(await put(COMMUNE, { lat: 18 }), 400, 'area.position_invalid', 'lon');
    assertError(await put(COMMUNE, { lat: '18', lon: 105 }), 400, 'area.position_invalid', 'lat');
    assertError(await put(FOREIGN_COMMUNE, { lat: 21, lon: 105.8 }), 404, 'not_found');
    assertError(await so.get(`${A}/map?year=1999`), 400, 'area.year_invalid', 'year');
  });

  test('closest to drug-free: fewest unmet criteria, then fewest cases above the thresholds, with what is missing',
    async () => {
      const leader = await fx.as('leader');
      const r = await leader.get(`${A}/roadmap/closest?year=2025`);
      assert.equal(r.status, 200, r.text);
      // COMMUNE: a use point and a hotspot (criterion c, 2 above); OTHER_COMMUNE: one hotspot (c, 1 above).
      assert.equal(r.json.total, 2);
      assert.deepEqual(r.json.items.map((c: any) => [c.code, c.unmet, c.excess]),
        [[OTHER_COMMUNE, 1, 1], [COMMUNE, 1, 2]]);
      assert.deepEqual(r.json.items[1].missing, [{ criterion: 'c', source: 'QĐ 28/2025/QĐ-TTg Điều 6 khoản 3',
        undecided: false, excess: 2, text: 'còn 2 điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy' }]);
      assert.equal((await leader.get(`${A}/roadmap/closest?year=2025&limit=1`)).json.items.length, 1);
      assertError(await leader.get(`${A}/roadmap/closest?limit=0`), 400, 'request.invalid', 'limit');
      const own = await (await fx.as('commune')).get(`${A}/roadmap/closest?year=2025`);
      assert.deepEqual(own.json.items.map((c: any) => c.code), [COMMUNE]);
    });

  test('projection: none from one year of history, a least-squares line to 2030 from two', async () => {
    const so = await fx.as('standing_office');
    const leader = await fx.as('leader');
    const before = await leader.get(`${A}/roadmap/outlook`);
    assert.equal(before.status, 200, before.text);
    assert.equal(before.json.projection.enough_history, false);
    assert.deepEqual(before.json.projection.years, []);

    const quiet = referenceCommunes(PROVINCE).map((c) => c.code).filter((c) => c !== COMMUNE && c !== OTHER_COMMUNE);
    const approve = async (code: string, year: number) => {
      const p = await so.post(`${A}/drug-free`, { commune_code: code, year });
      assert.equal(p.status, 201, p.text);
      assert.equal((await so.post(`${A}/drug-free/${p.json.id}/review`, { note: 'Đủ hồ sơ' })).status, 200);
      assert.equal((await leader.post(`${A}/drug-free/${p.json.id}/decision`,
        { approve: true, decision_number: '5/QĐ-UBND', decision_date: '2025-12-01' })).status, 200);
    };
    await approve(quiet[0], 2025);
    await approve(quiet[1], 2025);
    assert.equal((await leader.get(`${A}/roadmap/outlook`)).json.projection.enough_history, false);
    for (const code of quiet.slice(2, 5)) await approve(code, 2026);
    assert.equal((await leader.put(`${A}/roadmap/2028`, { target_count: 10 })).status, 200);

    const out = (await leader.get(`${A}/roadmap/outlook`)).json;
    assert.equal(out.projection.enough_history, true);
    assert.equal(out.projection.slope_per_year, 1);
    assert.deepEqual(out.projection.history, [{ year: 2025, communes: 2 }, { year: 2026, communes: 3 }]);
    assert.deepEqual(out.projection.years.map((y: any) => [y.year, y.communes, y.target_communes]),
      [[2027, 4, null], [2028, 5, 10], [2029, 6, null], [2030, 7, null]]);
    assert.ok(out.items.some((i: any) => i.year === 2028 && i.target_communes === 10));  // the roadmap itself
  });
});

describe(`areas map with a tile source [${engineFromEnv()}]`, () => {
  before(() => {
    process.env.PCMT_MAP_TILES = TILES;
  });
  const fx = useFixture();
  before(() => {
    delete process.env.PCMT_MAP_TILES;  // only the server started above sees it
  });
  after(() => {
    delete process.env.PCMT_MAP_TILES;
  });

  test('the tile URL is served to the UI and its origin, only, is allowed in img-src', async () => {
    const r = await fx.admin.get(`${A}/map/config`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.tile_url, TILES);
    assert.equal(imgSrc(r.headers['content-security-policy']), "img-src 'self' data: blob: https://tiles.example.vn");
    const page = await fetch(`${fx.srv.baseUrl}/dia-ban/ban-do`);
    assert.equal(imgSrc(page.headers.get('content-security-policy')), "img-src 'self' data: blob: https://tiles.example.vn");
  });
});

describe('pcmt serve --map-tiles', () => {
  test('a tile URL that could widen the CSP is a usage error', async () => {
    const r = await run(pcmtBinary(), ['serve', '--db', 'sqlite:/nonexistent/x.db', '--map-tiles',
      "https://a.example/{z}/{x}/{y}.png; script-src *"]);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /--map-tiles/);
  });
});
