// Accounts from one file: the template, the preview and the commit of a users import.
import { call, urlOf, type Schemas } from './endpoint';
import { downloadFile } from './plans';

export type UserImportResult = Schemas['UserImportResult'];
export type UserImportRow = UserImportResult['rows'][number];
/** A chosen file as the import takes it: CSV text, or XLSX bytes in base64. */
export type UserImportFile = Pick<Schemas['UserImportInput'], 'format' | 'content' | 'content_base64'>;

export const downloadUsersTemplate = () =>
  downloadFile(urlOf('/users/import/template.xlsx'), 'mau-nhap-nguoi-dung.xlsx');

export const previewUsersImport = (file: UserImportFile) => call('post', '/users/import', { body: file });

export const commitUsersImport = (file: UserImportFile, initialPassword: string) =>
  call('post', '/users/import', { body: { ...file, commit: true, initial_password: initialPassword } });
