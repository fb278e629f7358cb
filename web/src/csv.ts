import type { Commune } from './api/types';

export const POPULATION_HEADER = 'commune_code,population';

/** The import template: every commune of the province with its current population (blank when unknown). */
export function populationTemplate(communes: Commune[]): string {
  const lines = communes.map((c) => `${c.code},${c.population ?? ''}`);
  return [POPULATION_HEADER, ...lines].join('\r\n') + '\r\n';
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
