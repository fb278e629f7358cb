import { describe, expect, it } from 'vitest';
import type { Commune } from '../api/types';
import { populationTemplate } from './csv';

const commune = (code: string, name: string, population: number | null): Commune => ({
  code, name, population, kind: 'xa', province_code: '01', province_name: 'Hà Nội', is_border: false, is_remote: false, updated_at: null,
});

describe('populationTemplate', () => {
  it('starts with a BOM, quotes names with commas or quotes, and leaves unknown populations blank', () => {
    const text = populationTemplate([commune('00001', 'Phường Ba Đình', 65000), commune('00002', 'Xã "Mới", Hà Nội', null)]);
    expect(text).toBe('\uFEFFcommune_code,commune_name,population\r\n00001,Phường Ba Đình,65000\r\n00002,"Xã ""Mới"", Hà Nội",\r\n');
  });
});
