import { describe, expect, it } from 'vitest';
import { label, roleLabel, scopeLabel } from './labels';

describe('labels', () => {
  it('names a role, and shows an unknown code as it is', () => {
    expect(roleLabel('standing_office')).toBe('Cơ quan thường trực');
    expect(roleLabel('robot')).toBe('robot');
    expect(label({ a: 'Một' }, 'a')).toBe('Một');
    expect(label({ a: 'Một' }, 'b')).toBe('b');
    expect(label({ a: 'Một' }, null)).toBe('');
  });

  it('calls a province "Tỉnh" unless its name already says what it is', () => {
    expect(scopeLabel({ kind: 'province', id: '11', name: 'Điện Biên' })).toBe('Tỉnh Điện Biên');
    expect(scopeLabel({ kind: 'province', id: '01', name: 'Thành phố Hà Nội' })).toBe('Thành phố Hà Nội');
    expect(scopeLabel({ kind: 'commune', id: '00001', name: '' })).toBe('00001');
  });
});
