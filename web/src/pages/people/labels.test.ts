import { describe, expect, it } from 'vitest';
import { maskPersonalId } from './labels';

describe('maskPersonalId', () => {
  it('keeps the province of registration and the last three digits, as the server masks lists', () => {
    expect(maskPersonalId('040190012345')).toBe('040******345');
    expect(maskPersonalId('12345')).toBe('*****');
  });
});
