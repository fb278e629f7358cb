// The population import of a province's communes: its template and the upload (XLSX or CSV).
import { call, urlOf } from './endpoint';
import { downloadFile } from './plans';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const downloadPopulationTemplate = (province: string) =>
  downloadFile(urlOf('/communes/population-import/template.xlsx', { query: { province } }), `mau-dan-so-${province}.xlsx`);

/** Sends the file as it is: a workbook by its extension, otherwise CSV text. */
export const importPopulation = (province: string, file: File) =>
  call('post', '/communes/population-import', {
    query: { province },
    raw: { text: file, contentType: /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv' },
  });
