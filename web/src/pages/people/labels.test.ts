import { describe, expect, it } from 'vitest';
import { citation, maskPersonalId } from './labels';

describe('citation', () => {
  it('keeps the caveat of an unconfirmed source for administrators only', () => {
    const source = 'Luật 120/2025/QH15 (trích dẫn của bên thứ ba, CHƯA XÁC NHẬN): thời hạn quản lý 01 năm';
    expect(citation(source, true)).toBe(source);
    expect(citation(source, false)).toBe('Luật 120/2025/QH15: thời hạn quản lý 01 năm');
    expect(citation('Luật 73/2021/QH14 Điều 26.2', false)).toBe('Luật 73/2021/QH14 Điều 26.2');
  });
});

describe('maskPersonalId', () => {
  it('keeps the province of registration and the last three digits, as the server masks lists', () => {
    expect(maskPersonalId('040190012345')).toBe('040******345');
    expect(maskPersonalId('12345')).toBe('*****');
  });
});
