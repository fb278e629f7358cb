import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../api/plans';
import { cleanDue, draftFromParse, lastDayOfMonth, quarterEnd, saveBody, taskBody, taskIndexOf, undecided, unknownInUse } from './draft';

function parsed(): ParseResult {
  return {
    plan: {
      document: { number: ' 12/KH-UBND ', kind: 'ke_hoach', title: ' Kế hoạch phòng, chống ma túy năm 2025 ', province_code: '01' },
      targets: [{ text: 'Giảm 10% số người nghiện', value: 10, unit: '', year: 2025 }],
      tasks: [
        { ref: '1', text: ' Tuyên truyền ', lead: ['Sở Y tế', 'Ban Mới'], cooperating: ['Công an tỉnh'], requested: [], due: { kind: 'date', date: '2025-06-30' } },
        { ref: '2', section: ['II. NHIỆM VỤ'], text: 'Cai nghiện', lead: ['Ban Khác'], cooperating: ['Ban Mới'], requested: [], due: { kind: 'none' } },
      ],
    },
    source_name: 'kh.docx',
    source_text: 'Kế hoạch …',
    agencies: [
      { name: 'Sở Y tế', agency_id: 7 },
      { name: 'Công an tỉnh', agency_id: 3 },
      { name: 'Ban Mới', agency_id: null },
      { name: 'Ban Khác', agency_id: null },
    ],
    unknown_agencies: ['Ban Mới', 'Ban Khác'],
    other_province: null,
  };
}

describe('draftFromParse', () => {
  it('gives catalogue agencies their ids and leaves the unknown ones undecided', () => {
    const draft = draftFromParse(parsed());
    expect(draft.tasks[0]?.lead).toEqual([{ id: 7, name: 'Sở Y tế' }, { id: null, name: 'Ban Mới' }]);
    expect(draft.tasks[1]?.section).toEqual(['II. NHIỆM VỤ']);
    expect(draft.tasks[0]?.section).toEqual([]);
    expect(draft.unknown).toEqual({ 'Ban Mới': { action: 'undecided' }, 'Ban Khác': { action: 'undecided' } });
    expect(draft.document.date).toBe('');
    expect(draft.tasks[0]?.key).not.toBe(draft.tasks[1]?.key);
  });
});

describe('unknown agencies', () => {
  it('lists those still named by a task, in order of first appearance, and which wait for a decision', () => {
    const draft = draftFromParse(parsed());
    expect(unknownInUse(draft)).toEqual(['Ban Mới', 'Ban Khác']);
    draft.unknown['Ban Mới'] = { action: 'drop' };
    expect(undecided(draft)).toEqual(['Ban Khác']);
    draft.tasks = draft.tasks.slice(0, 1);
    expect(unknownInUse(draft)).toEqual(['Ban Mới']);
    expect(undecided(draft)).toEqual([]);
  });
});

describe('taskBody', () => {
  it('sends each agency once, by id, by name when created, by the chosen id when replaced, and not when dropped', () => {
    const draft = draftFromParse(parsed());
    const task = draft.tasks[0]!;
    task.lead.push({ id: 7, name: 'Sở Y tế' });
    expect(taskBody(task, { 'Ban Mới': { action: 'create', kind: 'so_nganh' } }).lead).toEqual([{ id: 7 }, 'Ban Mới']);
    expect(taskBody(task, { 'Ban Mới': { action: 'replace', id: 7, name: 'Sở Y tế' } }).lead).toEqual([{ id: 7 }]);
    expect(taskBody(task, { 'Ban Mới': { action: 'drop' } }).lead).toEqual([{ id: 7 }]);
    expect(taskBody(task).lead).toEqual([{ id: 7 }]);
    expect(taskBody(task).text).toBe('Tuyên truyền');
  });
});

describe('cleanDue', () => {
  it('keeps only the fields the deadline kind uses', () => {
    expect(cleanDue({ kind: 'date', date: '2025-06-30', every: 'year', day: 5, text: '  ' })).toEqual({ kind: 'date', date: '2025-06-30' });
    expect(cleanDue({ kind: 'relative', days: 15, date: '', text: ' sau 15 ngày ' })).toEqual({ kind: 'relative', days: 15, text: 'sau 15 ngày' });
    expect(cleanDue({ kind: 'recurring', every: 'quarter', day: 20, month: 12 })).toEqual({ kind: 'recurring', every: 'quarter', day: 20 });
    expect(cleanDue({ kind: 'recurring', every: 'year', day: 15, month: 12 })).toEqual({ kind: 'recurring', every: 'year', day: 15, month: 12 });
    expect(cleanDue({ kind: 'none', date: '2025-01-01' })).toEqual({ kind: 'none' });
  });
});

describe('saveBody', () => {
  it('trims the document, creates only the new agencies still in use, and reads the horizon year', () => {
    const draft = draftFromParse(parsed());
    draft.unknown['Ban Mới'] = { action: 'create', kind: 'khac' };
    draft.unknown['Ban Khác'] = { action: 'create', kind: 'so_nganh' };
    draft.tasks = draft.tasks.slice(0, 1);
    draft.horizonYear = '2030';
    draft.parentPlanId = '4';
    const body = saveBody(draft);
    expect(body.document.number).toBe('12/KH-UBND');
    expect(body.document.title).toBe('Kế hoạch phòng, chống ma túy năm 2025');
    expect(body.new_agencies).toEqual([{ name: 'Ban Mới', kind: 'khac' }]);
    expect(body.targets).toEqual([{ text: 'Giảm 10% số người nghiện', value: 10, unit: null, year: 2025 }]);
    expect(body.horizon_year).toBe(2030);
    expect(body.parent_plan_id).toBe(4);
    expect(body.reporting).toEqual({ every: 'half_year' });
  });

  it('sends no horizon year for a blank or a non-integer one', () => {
    const draft = draftFromParse(parsed());
    draft.horizonYear = ' ';
    expect(saveBody(draft).horizon_year).toBeNull();
    draft.horizonYear = '2030.5';
    expect(saveBody(draft).horizon_year).toBeNull();
    expect(saveBody(draft).parent_plan_id).toBeNull();
  });
});

describe('dates and fields', () => {
  it('ends a month and a quarter on their last day, leap years included', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(quarterEnd(2025, 2)).toBe('2025-06-30');
    expect(quarterEnd(2025, 4)).toBe('2025-12-31');
  });

  it('reads the task a server error is about', () => {
    expect(taskIndexOf('tasks[3].lead[0]')).toBe(3);
    expect(taskIndexOf('document.number')).toBeNull();
    expect(taskIndexOf(undefined)).toBeNull();
  });
});
