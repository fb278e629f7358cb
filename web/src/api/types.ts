// Shapes of the pcmt HTTP API v1 (see /api/v1/openapi.json).

export type Role = 'admin' | 'standing_office' | 'leader' | 'agency' | 'commune' | 'auditor';
export type ScopeKind = 'province' | 'commune' | 'agency';
export type CommuneKind = 'xa' | 'phuong' | 'dac_khu';

export interface Scope {
  kind: ScopeKind;
  id: string;
  name: string;
}

export interface User {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  scope: Scope;
  province_code: string;
  disabled: boolean;
  must_change_password: boolean;
}

export interface Session {
  user: User;
  csrf_token: string;
}

export interface Province {
  code: string;
  name: string;
  commune_count: number;
}

export interface Commune {
  code: string;
  name: string;
  kind: CommuneKind;
  province_code: string;
  province_name: string;
  population: number | null;
  is_border: boolean;
  is_remote: boolean;
  updated_at: string | null;
}

export interface Agency {
  id: number;
  code: string;
  name: string;
  kind: string;
  province_code: string;
  aliases: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  object_type: string;
  object_id: string;
  reason: string | null;
  detail: unknown;
  /** The acting user's full name; the object's name (province, commune, agency, user). */
  actor_name: string | null;
  object_name: string | null;
  /** Names of the codes written in detail (scopes, communes, provinces), keyed by the code. */
  names: Record<string, string>;
}

export type AuditVerify =
  | { ok: true; checked: number }
  | { ok: false; checked: number; first_bad_seq: number; problem: string };

export interface RowError {
  line: number;
  field?: string;
  code: string;
  message: string;
}
