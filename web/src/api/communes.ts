// The population import of a province's communes: its template and the upload (XLSX or CSV).
import { request, withQuery } from './client';
import { downloadFile } from './plans';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const downloadPopulationTemplate = (province: string) =>
  downloadFile(withQuery('/communes/population-import/template.xlsx', { province }), `mau-dan-so-${province}.xlsx`);

/** Sends the file as it is: a workbook by its extension, otherwise CSV text. */
export const importPopulation = (province: string, file: File) =>
  request<{ updated: number }>('POST', withQuery('/communes/population-import', { province }), {
    raw: /\.xlsx$/i.test(file.name) ? { text: file, contentType: XLSX } : { text: file, contentType: 'text/csv' },
  });
