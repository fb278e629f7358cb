// A saved plan's tasks over real HTTP: section titles kept from the parse through the save and
// listed with each task; a task added after saving (agencies, report instances as at save,
// audited) and deleted with a reason (open instances gone; refused once a report was filed).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { assertError, PASSWORD, PROVINCE, useFixture, VIETNAMESE_LETTER } from '../lib/fixtures.ts';
import { engineFromEnv, repoRoot } from '../lib/server.ts';

const FIXTURE = 'dong-nai-171-kh-ubnd-2025.txt';

describe(`plans: tasks after saving [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;
  let health: ApiClient;
  let healthId: number;
  let planId: number;
  let tasks: any[];
  let added: any;

  before(async () => {
    office = await fx.as('standing_office');
    const found = await office.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent('Sở Y tế')}`);
    healthId = found.json.items.find((a: any) => a.name === 'Sở Y tế').id;
    await fx.srv.addUser({ username: 'e_syt', role: 'agency', scope: `agency:${healthId}`, password: PASSWORD });
    health = await fx.login('e_syt');
    const bytes = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', FIXTURE));
    const parsed = await office.post(`/api/v1/plans/parse?filename=${FIXTURE}`, undefined, { raw: bytes, contentType: 'text/plain' });
    assert.equal(parsed.status, 200, parsed.text.slice(0, 300));
    // A Đồng Nai plan saved in Nghệ An: confirmed as another province's (plan.other_province).
    const body = { ...parsed.json.plan, new_agencies: parsed.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })), horizon_year: 2026,
      confirm_other_province: true };
    const saved = await office.post('/api/v1/plans', body);
    assert.equal(saved.status, 201, saved.text.slice(0, 300));
    planId = saved.json.id;
    tasks = (await office.get(`/api/v1/plans/${planId}`)).json.tasks;
  });

  test('each task keeps the titles of its sections', () => {
    const first = tasks[0];
    assert.equal(first.section[0], 'II. NHIỆM VỤ, GIẢI PHÁP');
    assert.match(first.section[1], /^1\. Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 132-KL\/TW/);
    assert.ok(tasks.every((t) => Array.isArray(t.section) && t.section.length >= 1), 'every task of this plan has a title');
    assert.ok(tasks.some((t) => t.section[0] === 'III. TỔ CHỨC THỰC HIỆN'));
  });

  test('the standing office adds a task; its agencies owe their periods', async () => {
    const section = tasks[0].section;
    const r = await office.post(`/api/v1/plans/${planId}/tasks`, {
      ref: 'II.1.c', section, text: 'Tổ chức hội nghị quán triệt cho cán bộ y tế cơ sở',
      lead: [{ id: healthId }], cooperating: ['Công an tỉnh'], requested: [],
      due: { kind: 'recurring', every: 'half_year' },
    });
    assert.equal(r.status, 201, r.text);
    added = r.json;
    assert.deepEqual(added.section, section);
    assert.deepEqual(added.agencies.map((a: any) => [a.name, a.role]), [['Sở Y tế', 'lead'], ['Công an tỉnh', 'cooperating']]);
    assert.equal(added.due_state, 'scheduled');
    assert.ok(added.instances.total >= 4, JSON.stringify(added.instances));
    const mine = await health.get(`/api/v1/report-instances?task_id=${added.id}`);
    assert.ok(mine.json.items.length >= 2 && mine.json.items.every((i: any) => i.agency.id === healthId));
    // Listed right after the tasks of its section.
    const after = (await office.get(`/api/v1/plans/${planId}`)).json.tasks;
    const sameSection = after.filter((t: any) => JSON.stringify(t.section) === JSON.stringify(section));
    assert.equal(sameSection[sameSection.length - 1].id, added.id);
    assert.equal(after.indexOf(after.find((t: any) => t.id === added.id)), sameSection.length - 1);
    const audit = await fx.admin.get('/api/v1/audit?action=task.create');
    assert.equal(audit.json.items[0].object_id, String(added.id));
  });

  test('adding: bad input names the field, others may not', async () => {
    assertError(await office.post(`/api/v1/plans/${planId}/tasks`, { text: '', due: { kind: 'none' } }), 400,
      'plan.field_required', 'task.text');
    assertError(await office.post(`/api/v1/plans/${planId}/tasks`, { text: 'x', lead: ['Sở Không Có'] }), 400,
      'plan.agency_unknown', 'task.lead[0]');
    assertError(await office.post(`/api/v1/plans/${planId}/tasks`, { text: 'x', section: 'II' }), 400,
      'request.invalid', 'task.section');
    assertError(await health.post(`/api/v1/plans/${planId}/tasks`, { text: 'x' }), 403, 'auth.forbidden');
    assertError(await office.post('/api/v1/plans/999999/tasks', { text: 'x' }), 404, 'not_found');
  });

  test('a task with a filed report cannot be deleted; correcting it stays possible', async () => {
    const open = await health.get(`/api/v1/report-instances?task_id=${added.id}`);
    const filed = await health.post(`/api/v1/report-instances/${open.json.items[0].id}/reports`,
      { progress: 'in_progress', narrative: 'Đã tổ chức 2 hội nghị', results: [] });
    assert.equal(filed.status, 201, filed.text);
    const r = await office.delete(`/api/v1/tasks/${added.id}?reason=${encodeURIComponent('Không cần nữa')}`);
    assertError(r, 409, 'task.has_reports');
    assert.match(r.json.message, VIETNAMESE_LETTER);
    assert.equal((await office.get(`/api/v1/tasks/${added.id}`)).status, 200);
  });

  test('the standing office deletes a task with a reason; its instances go, the audit keeps why', async () => {
    const victim = tasks[1];
    assertError(await office.delete(`/api/v1/tasks/${victim.id}`), 400, 'task.reason_required', 'reason');
    assertError(await health.delete(`/api/v1/tasks/${victim.id}?reason=x`), 404, 'not_found');
    const before = await office.get(`/api/v1/report-instances?task_id=${victim.id}`);
    const reason = 'Trùng với nhiệm vụ II.1.a';
    const r = await office.delete(`/api/v1/tasks/${victim.id}?reason=${encodeURIComponent(reason)}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { id: victim.id, plan_id: planId, instances_removed: before.json.total });
    assert.equal((await office.get(`/api/v1/tasks/${victim.id}`)).status, 404);
    assert.equal((await office.get(`/api/v1/report-instances?task_id=${victim.id}`)).json.total, 0);
    const audit = await fx.admin.get('/api/v1/audit?action=task.delete');
    assert.equal(audit.json.items[0].object_id, String(victim.id));
    assert.equal(audit.json.items[0].reason, reason);
  });
});
