// Accounts from one file: the template, the preview and the commit of a users import.
import { api } from './client';
import { downloadFile } from './plans';

export interface UserImportRow {
  line: number;
  username: string;
  full_name: string;
  role: string;
  scope: string;
  scope_name: string;
  errors: string[];
}

export interface UserImportResult {
  rows: UserImportRow[];
  valid: number;
  invalid: number;
  created: number;
  committed: boolean;
}

/** A chosen file as the import takes it: CSV text, or XLSX bytes in base64. */
export interface UserImportFile {
  format: 'csv' | 'xlsx';
  content?: string;
  content_base64?: string;
}

export const downloadUsersTemplate = () => downloadFile('/users/import/template.xlsx', 'mau-nhap-nguoi-dung.xlsx');

export const previewUsersImport = (file: UserImportFile) => api.post<UserImportResult>('/users/import', file);

export const commitUsersImport = (file: UserImportFile, initialPassword: string) =>
  api.post<UserImportResult>('/users/import', { ...file, commit: true, initial_password: initialPassword });
