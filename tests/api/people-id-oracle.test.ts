// Whether a personal ID is registered is person data: only roles that register people may learn it,
// a record outside the caller's scope is "registered elsewhere" and nothing more, on every route
// that could tell (the check, registration, a change of the number, an import), and each answer
// leaves an audit row that says which number — masked and fingerprinted, never in full.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import {
  assertError, auditRows, COMMUNE, FOREIGN_COMMUNE, OTHER_COMMUNE, PASSWORD, useFixture, type Role,
} from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

/** A valid personal ID for a man born in 1985 (birth registered in Hà Nội, code 001). */
const id1985 = (serial: number) => `001085${String(serial).padStart(6, '0')}`;
const OTHER_PROVINCE = 'Đã có hồ sơ ở tỉnh khác — liên hệ cơ quan thường trực';
const OTHER_COMMUNE_MSG = 'Đã có hồ sơ ở xã, phường khác — liên hệ cơ quan thường trực';
const HANOI_NAME = 'Phạm Thị Hà Nội Riêng';
const masked = (id: string) => `${id.slice(0, 3)}******${id.slice(9)}`;

describe(`personal ID existence is not an oracle [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  const clients = {} as Record<Role, ApiClient>;
  const HANOI = id1985(1); // registered in Hà Nội, outside every province-40 user's scope
  const NEIGHBOUR = id1985(2); // registered in another commune of Nghệ An
  const OWN = id1985(3); // registered in the commune user's own commune
  let ownId: number;

  before(async () => {
    for (const role of Object.keys(fx.users) as Role[]) clients[role] = await fx.as(role);
    const person = (personal_id: string, full_name: string, commune_code: string) =>
      ({ personal_id, full_name, birth_date: '1985-03-04', sex: 'male', commune_code });
    for (const [id, name, commune] of [[HANOI, HANOI_NAME, FOREIGN_COMMUNE], [NEIGHBOUR, 'Lê Văn Láng Giềng', OTHER_COMMUNE],
      [OWN, 'Trần Văn Tại Chỗ', COMMUNE]]) {
      const r = await fx.admin.post('/api/v1/people', person(id, name, commune));
      assert.equal(r.status, 201, r.text);
      if (id === OWN) ownId = r.json.id;
    }
  });

  test('roles that cannot register anyone may not ask (403), and nothing is revealed', async () => {
    for (const role of ['leader', 'agency', 'auditor'] as Role[]) {
      for (const id of [HANOI, id1985(99)]) {
        const r = await clients[role].post('/api/v1/people/check', { personal_id: id });
        assertError(r, 403, 'auth.forbidden');
      }
    }
  });

  test('a registrar learns only that the number is registered in another province, and whom to ask', async () => {
    const r = await clients.standing_office.post('/api/v1/people/check', { personal_id: HANOI });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.duplicates, [{ why: 'same_id', person: null, message: OTHER_PROVINCE }]);
    assert.ok(!r.text.includes('Phạm Thị'), r.text);
    assert.ok(!r.text.includes(FOREIGN_COMMUNE), r.text);
    const free = await clients.standing_office.post('/api/v1/people/check', { personal_id: id1985(98) });
    assert.deepEqual(free.json.duplicates, []);
  });

  test('a commune officer is sent to the standing office for a record of another commune', async () => {
    const r = await clients.commune.post('/api/v1/people/check', { personal_id: NEIGHBOUR });
    assert.deepEqual(r.json.duplicates, [{ why: 'same_id', person: null, message: OTHER_COMMUNE_MSG }]);
    const own = await clients.commune.post('/api/v1/people/check', { personal_id: OWN });
    assert.equal(own.json.duplicates[0].person.id, ownId, 'a record in scope is shown');
  });

  test('the audit row of a check says which number, masked and fingerprinted, never in full', async () => {
    await clients.standing_office.post('/api/v1/people/check', { personal_id: HANOI });
    await clients.standing_office.post('/api/v1/people/check', { personal_id: id1985(97) });
    const rows = (await auditRows(fx.admin, `action=people.duplicate_check&actor=${fx.users.standing_office}`))
      .filter((r) => r.detail.personal_id);
    const [free, hanoi] = rows;
    const hanoiEarlier = rows.slice(2).find((r) => r.detail.personal_id.masked === masked(HANOI));
    assert.equal(hanoi.detail.personal_id.masked, masked(HANOI));
    assert.equal(hanoi.detail.holder, 'elsewhere');
    assert.match(hanoi.detail.personal_id.fingerprint, /^[0-9a-f]{32}$/);
    // The same number gives the same fingerprint, another number another one: the auditor can tell them apart.
    assert.equal(hanoiEarlier.detail.personal_id.fingerprint, hanoi.detail.personal_id.fingerprint);
    assert.notEqual(free.detail.personal_id.fingerprint, hanoi.detail.personal_id.fingerprint);
    assert.equal(free.detail.holder, 'none');
    // Given a suspected number, the administrator finds its checks: the CLI computes the same fingerprint.
    const cli = await fx.srv.pcmt(['audit', 'fingerprint', '--db', fx.srv.dbUrl], `${HANOI}\n`);
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(cli.stdout.trim(), hanoi.detail.personal_id.fingerprint);
    const everything = JSON.stringify(await auditRows(fx.admin));
    for (const id of [HANOI, id1985(97), NEIGHBOUR]) assert.ok(!everything.includes(id), `${id} is in the audit trail`);
  });

  test('registering the number answers the same: registered elsewhere, audited, nothing written', async () => {
    const r = await clients.standing_office.post('/api/v1/people', {
      personal_id: HANOI, full_name: 'Người Thử Trùng', birth_date: '1985-03-04', sex: 'male', commune_code: COMMUNE,
    });
    assertError(r, 409, 'person.registered_elsewhere', 'personal_id');
    assert.equal(r.json.message, OTHER_PROVINCE);
    assert.ok(!r.text.includes('Phạm Thị'));
    const [row] = await auditRows(fx.admin, 'action=people.id_registered');
    assert.equal(row.actor, fx.users.standing_office);
    assert.deepEqual([row.detail.during, row.detail.holder, row.detail.personal_id.masked], ['person.create', 'elsewhere', masked(HANOI)]);
    assert.equal((await clients.standing_office.get('/api/v1/people?q=nguoi%20thu%20trung')).json.total, 0);
    // In scope, the registrar is told plainly.
    assertError(await clients.commune.post('/api/v1/people', {
      personal_id: OWN, full_name: 'Người Thử Trùng', birth_date: '1985-03-04', sex: 'male', commune_code: COMMUNE,
    }), 409, 'person.id_taken', 'personal_id');
  });

  test('changing a record to the number answers the same and changes nothing', async () => {
    const r = await clients.commune.patch(`/api/v1/people/${ownId}`, { personal_id: HANOI });
    assertError(r, 409, 'person.registered_elsewhere', 'personal_id');
    assert.equal(r.json.message, OTHER_PROVINCE);
    const [row] = await auditRows(fx.admin, 'action=people.id_registered');
    assert.deepEqual([row.actor, row.detail.during], [fx.users.commune, 'person.update']);
    const still = await clients.commune.get(`/api/v1/people/${ownId}?reason=${encodeURIComponent('Kiểm tra')}`);
    assert.equal(still.json.personal_id, OWN);
  });

  test('an import (even a dry run) reports it row by row the same way, and is audited', async () => {
    const csv = 'Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã\n' +
      `${HANOI},Người Nhập Một,04/03/1985,Nam,${COMMUNE}\n${id1985(96)},Người Nhập Hai,04/03/1985,Nam,${COMMUNE}\n`;
    const r = await clients.standing_office.post('/api/v1/people/import', { format: 'csv', content: csv });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.errors, [{ line: 2, field: 'personal_id', code: 'person.registered_elsewhere', message: OTHER_PROVINCE }]);
    const [row] = await auditRows(fx.admin, 'action=people.id_registered');
    assert.equal(row.detail.during, 'people.import');
    assert.deepEqual(row.detail.personal_ids.map((p: any) => [p.line, p.masked, p.holder]), [[2, masked(HANOI), 'elsewhere']]);
  });

  test('search by number finds only people in scope', async () => {
    const r = await clients.standing_office.get(`/api/v1/people?q=${HANOI}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, 0);
    const neighbour = await clients.commune.get(`/api/v1/people?q=${NEIGHBOUR}`);
    assert.equal(neighbour.json.total, 0);
  });

  test('the officer of the neighbouring commune is told the same of the first commune\'s record', async () => {
    await fx.srv.addUser({ username: 'o_neighbour', role: 'commune', scope: `commune:${OTHER_COMMUNE}`, password: PASSWORD });
    const neighbour = await fx.login('o_neighbour');
    const r = await neighbour.post('/api/v1/people/check', { personal_id: OWN });
    assert.deepEqual(r.json.duplicates, [{ why: 'same_id', person: null, message: OTHER_COMMUNE_MSG }]);
  });
});
