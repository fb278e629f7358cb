import { describe, expect, it } from 'vitest';
import { currentEvaluationYear, triLabel } from './labels';

describe('areas labels', () => {
  it('opens the next evaluation year on 15 December', () => {
    expect(currentEvaluationYear(new Date(2025, 11, 14))).toBe(2025);
    expect(currentEvaluationYear(new Date(2025, 11, 15))).toBe(2026);
    expect(currentEvaluationYear(new Date(2026, 0, 2))).toBe(2026);
  });

  it('says when a criterion lacks data', () => {
    expect(triLabel(null)).toBe('Thiếu dữ liệu');
    expect(triLabel(true)).toBe('Đạt');
    expect(triLabel(false)).toBe('Không đạt');
  });
});
