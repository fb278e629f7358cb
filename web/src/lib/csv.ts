import type { Commune } from '../api/types';

export const POPULATION_COLUMNS = 'commune_code,population';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The import template: every commune of the province with its name (for people; the server reads
 * columns by header and ignores this one) and its current population, blank when unknown.
 * The BOM lets Excel open the Vietnamese names as UTF-8.
 */
export function populationTemplate(communes: Commune[]): string {
  const lines = communes.map((c) => [c.code, csvField(c.name), c.population ?? ''].join(','));
  return '\uFEFF' + ['commune_code,commune_name,population', ...lines].join('\r\n') + '\r\n';
}

/** Offer `text` as a file download without a round trip to the server. */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
