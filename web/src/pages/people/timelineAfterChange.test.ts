import { describe, expect, it } from 'vitest';
import type { PersonRecord, TimelineAfterChange } from '../../api/people';
import { withTimeline } from './timelineAfterChange';

const person: PersonRecord = {
  id: 7,
  personal_id: '040200000001',
  full_name: 'Nguyễn Văn An',
  aliases: [],
  birth_date: '2000-01-01',
  sex: 'male',
  province_code: '40',
  commune_code: '16681',
  state: 'none',
  state_label: 'Chưa có tình trạng',
  facility_id: null,
  address: '',
  stable_residence: true,
  drug_types: [],
  photo: null,
  lists: [],
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  commune_name: 'Xã A',
  province_name: 'Nghệ An',
  facility_name: null,
  events: [],
  lifecycle: null,
  lifecycle_error: 'cũ',
};

const change: TimelineAfterChange = {
  lifecycle: {
    as_of: '2026-06-01',
    state: 'compulsory_facility',
    state_label: 'Đang cai nghiện bắt buộc',
    lists: ['addicts'],
    state_history: [],
    episodes: [],
    deadlines: [],
    obligations: [],
    facility_id: 3,
  },
  events: [
    {
      id: 11,
      type: 'compulsory_admission',
      date: '2026-05-30',
      fields: {},
      facility_id: 3,
      reason: null,
      recorded_by: 'Cán bộ',
      recorded_at: '2026-06-01T01:00:00Z',
    },
  ],
  facility_name: 'Cơ sở cai nghiện số 1',
};

describe('withTimeline', () => {
  it('puts the new state, events and facility in place and keeps the identity', () => {
    const next = withTimeline(person, change);
    expect(next.full_name).toBe('Nguyễn Văn An');
    expect(next.state).toBe('compulsory_facility');
    expect(next.state_label).toBe('Đang cai nghiện bắt buộc');
    expect(next.lists).toEqual(['addicts']);
    expect(next.facility_id).toBe(3);
    expect(next.facility_name).toBe('Cơ sở cai nghiện số 1');
    expect(next.events.map((e) => e.id)).toEqual([11]);
    expect(next.lifecycle_error).toBeNull();
  });

  it('keeps the facility out of the lifecycle, as the record read shows it', () => {
    expect(withTimeline(person, change).lifecycle).not.toHaveProperty('facility_id');
  });
});
