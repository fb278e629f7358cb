import { describe, expect, it } from 'vitest';
import { searchKey } from './searchKey';

describe('searchKey', () => {
  it('drops diacritics, turns đ into d and folds case and spaces', () => {
    expect(searchKey('  Sở  Y tế ')).toBe('so y te');
    expect(searchKey('Điện Biên Đông')).toBe('dien bien dong');
    expect(searchKey('Bộ đội Biên phòng')).toBe(searchKey('BO DOI BIEN PHONG'));
  });
});
