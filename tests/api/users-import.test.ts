// Accounts from one file: the admin previews a list (CSV or XLSX) with every row's errors in
// Vietnamese, then commits it: every account or none, one audit row each, all starting with the
// initial password, which each must replace at first sign-in. On both engines.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertError, auditRows, COMMUNE, PROVINCE, useFixture, VIETNAMESE_LETTER } from '../lib/fixtures.ts';
import { download, xlsx } from '../lib/office_files.ts';
import { engineFromEnv } from '../lib/server.ts';
import { readXlsx } from '../lib/xlsx_cells.ts';

const INITIAL = 'Mat-khau-ban-dau-tinh-1';
const HEADER = 'Tên đăng nhập,Họ và tên,Vai trò,Phạm vi\n';

/** An XLSX of text cells, as an officer's workbook. */
function workbook(rows: string[][]): Buffer {
  const strings = [...new Set(rows.flat())];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return xlsx(rows.map((r) => r.map((s) => strings.indexOf(s))), strings.map((s) => `<si><t>${esc(s)}</t></si>`));
}

describe(`users import [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('the template has the Vietnamese headers the import reads', async () => {
    const t = await download(fx.admin, '/api/v1/users/import/template.xlsx');
    assert.equal(t.status, 200);
    assert.deepEqual(readXlsx(t.body).header, ['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Phạm vi']);
    assert.equal((await download(await fx.as('standing_office'), '/api/v1/users/import/template.xlsx')).status, 403);
  });

  test('a preview names each bad row in Vietnamese and writes nothing; a commit with errors creates no one', async () => {
    const csv = `${HEADER}xa.thanhvinh.1,Nguyễn Văn Một,Cấp xã,${COMMUNE}\n` +
      `Sai Ten,Trần Văn Hai,leader,province:${PROVINCE}\n` +
      `xa.thanhvinh.1,Lê Văn Ba,Cap xa,commune:${COMMUNE}\n` +
      `lanhdao.4,Phạm Thị Bốn,Thủ tướng,province:${PROVINCE}\n` +
      `${fx.users.leader},Võ Văn Năm,Lãnh đạo,99\n`;
    const r = await fx.admin.post('/api/v1/users/import', { format: 'csv', content: csv });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.valid, 1);
    assert.equal(r.json.invalid, 4);
    const [one, two, three, four, five] = r.json.rows;
    assert.deepEqual([one.line, one.role, one.scope, one.scope_name, one.errors], [2, 'commune', `commune:${COMMUNE}`, 'Phường Thành Vinh', []]);
    assert.match(two.errors[0], /Tên đăng nhập gồm/);
    assert.deepEqual(three.errors, ['Tên đăng nhập trùng với dòng 2']);
    assert.match(four.errors[0], /Vai trò không hợp lệ/);
    assert.ok(five.errors.some((e: string) => /đã được sử dụng/.test(e)), JSON.stringify(five));
    assert.ok(five.errors.some((e: string) => /Không tìm thấy đơn vị/.test(e)), JSON.stringify(five));
    for (const row of r.json.rows) for (const e of row.errors) assert.match(e, VIETNAMESE_LETTER);
    assert.equal((await fx.admin.get('/api/v1/users?q=xa.thanhvinh')).json.total, 0);

    const refused = await fx.admin.post('/api/v1/users/import', { format: 'csv', content: csv, commit: true, initial_password: INITIAL });
    assertError(refused, 400, 'import.invalid_rows');
    assert.equal(refused.json.errors.length, 5);
    assert.equal((await fx.admin.get('/api/v1/users?q=xa.thanhvinh')).json.total, 0);
  });

  test('an XLSX list commits in one go: accounts created, audited, and each must set its own password', async () => {
    const file = workbook([
      ['Họ và tên', 'Tên đăng nhập', 'Vai trò', 'Phạm vi'],
      ['Nguyễn Thị Xã', 'xa.16681.a', 'Cấp xã', COMMUNE],
      ['Đặng Văn Tỉnh', 'lanhdao.tinh.b', 'Lãnh đạo', `province:${PROVINCE}`],
    ]);
    const body = { format: 'xlsx', content_base64: file.toString('base64') };
    const preview = await fx.admin.post('/api/v1/users/import', body);
    assert.equal(preview.status, 200, preview.text);
    assert.equal(preview.json.valid, 2);
    assertError(await fx.admin.post('/api/v1/users/import', { ...body, commit: true, initial_password: 'ngan' }), 400,
      'auth.weak_password', 'initial_password');
    assert.equal((await fx.admin.get('/api/v1/users?q=xa.16681.a')).json.total, 0);

    const done = await fx.admin.post('/api/v1/users/import', { ...body, commit: true, initial_password: INITIAL });
    assert.equal(done.status, 201, done.text);
    assert.equal(done.json.created, 2);
    const made = (await fx.admin.get('/api/v1/users?q=xa.16681.a')).json.items[0];
    assert.deepEqual([made.full_name, made.role, made.scope.id, made.must_change_password], ['Nguyễn Thị Xã', 'commune', COMMUNE, true]);
    const audit = (await auditRows(fx.admin, 'action=user.create')).filter((a) => a.detail.import === true);
    assert.equal(audit.length, 2);

    const c = await fx.login('xa.16681.a', INITIAL);
    assertError(await c.get('/api/v1/communes'), 403, 'auth.password_change_required');
    // The same file again: every row is now taken, and nothing changes.
    const again = await fx.admin.post('/api/v1/users/import', { ...body, commit: true, initial_password: INITIAL });
    assertError(again, 400, 'import.invalid_rows');
  });

  test('only the admin imports accounts', async () => {
    const r = await (await fx.as('standing_office')).post('/api/v1/users/import',
      { format: 'csv', content: `${HEADER}x.y.z,Tên,Lãnh đạo,province:${PROVINCE}\n` });
    assertError(r, 403, 'auth.forbidden');
  });
});
