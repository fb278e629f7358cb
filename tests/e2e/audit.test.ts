// The audit trail as an auditor reads it: actions, people, scopes and details in Vietnamese, by name
// ("Đăng nhập", "Tỉnh Nghệ An", the user's full name), never the codes (auth.login, province:40) or JSON.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { ADMIN, logIn, PASSWORD, PROVINCE, rowsWhen, startWeb, type Web } from './web.ts';

const LEADER = 'e2e_nk_lanh_dao';
const LEADER_NAME = 'Phạm Văn Lãnh Đạo';

describe('web UI: the audit trail in Vietnamese', () => {
  let web: Web;

  before(async () => {
    web = await startWeb();
    const admin = new ApiClient(web.srv.baseUrl);
    await admin.loginOk(ADMIN, PASSWORD);
    const created = await admin.post('/api/v1/users', { username: LEADER, full_name: LEADER_NAME, role: 'leader',
      scope: `province:${PROVINCE}`, password: 'Mat-khau-dai-du-1' });
    assert.equal(created.status, 201, created.text);
  });
  after(async () => {
    await web?.close();
  });

  test('actions, people, objects and details are words, not codes', async () => {
    await web.withPage(async (page) => {
      await logIn(page, ADMIN);
      await page.goto('/nhat-ky');
      const rows = await rowsWhen(page, (r) => r.some((c) => c[3] === 'Tạo người dùng'), 'the new account');
      // The admin's sign-in: the action's name and the person's full name with the username under it.
      const login = rows.find((r) => r[3] === 'Đăng nhập' && r[2]?.startsWith('Trần Thị Quản Trị'));
      assert.ok(login, JSON.stringify(rows));
      assert.equal(login[2], `Trần Thị Quản Trị${ADMIN}`);
      // The account created: named by its holder's name, its scope by the province's name.
      const create = rows.find((r) => r[3] === 'Tạo người dùng');
      assert.equal(create?.[4], `Người dùng: ${LEADER_NAME}`);
      assert.match(create?.[6] ?? '', /Vai trò:?\s*Lãnh đạo/);
      assert.match(create?.[6] ?? '', /Phạm vi:?\s*Tỉnh Nghệ An/);

      const text = await page.locator('main').innerText();
      for (const code of ['auth.login', 'user.create', `province:${PROVINCE}`, '{"', '"role"']) {
        assert.ok(!text.includes(code), `"${code}" is not shown`);
      }
    });
  });
});
