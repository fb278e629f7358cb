// The one place that talks HTTP: JSON in and out, the CSRF header on writes,
// and API errors turned into ApiError carrying the server's Vietnamese message.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.';
const UNKNOWN_MESSAGE = 'Máy chủ gặp sự cố. Vui lòng thử lại sau.';

let csrfToken = '';
let onUnauthorized: (() => void) | null = null;
let onPasswordChangeRequired: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called whenever the server answers 401 outside the login request (expired session). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

/** Called when the server refuses a request until the user replaces a password an admin chose. */
export function setPasswordChangeRequiredHandler(handler: (() => void) | null): void {
  onPasswordChangeRequired = handler;
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

interface RequestOptions {
  body?: unknown;
  /** Raw body sent as is with this content type instead of JSON (a File for uploads). */
  raw?: { text: string | Blob; contentType: string };
  /** A 401 here is an expected answer (wrong password), not an expired session. */
  expectUnauthorized?: boolean;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | Blob | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    body = options.raw.text;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }

  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }

  if (!response.ok) {
    const error = toApiError(response.status, json);
    if (response.status === 401 && !options.expectUnauthorized) onUnauthorized?.();
    if (response.status === 403 && error.code === 'auth.password_change_required') onPasswordChangeRequired?.();
    throw error;
  }
  return json as T;
}

function toApiError(status: number, json: unknown): ApiError {
  if (json && typeof json === 'object') {
    const body = json as { code?: unknown; message?: unknown; field?: unknown };
    const code = typeof body.code === 'string' ? body.code : 'unknown';
    const message = typeof body.message === 'string' && body.message ? body.message : UNKNOWN_MESSAGE;
    const field = typeof body.field === 'string' ? body.field : undefined;
    return new ApiError(status, code, message, field, json);
  }
  return new ApiError(status, 'unknown', UNKNOWN_MESSAGE);
}

export const api = {
  get: <T>(path: string, query: Query = {}) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
};

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return UNKNOWN_MESSAGE;
}

/** What a form shows after a failed request: the message, and which field it is about. */
export interface FormError {
  message: string;
  field?: string;
}

export const NO_ERROR: FormError = { message: '' };

export function formError(error: unknown): FormError {
  return { message: errorMessage(error), field: error instanceof ApiError ? error.field : undefined };
}
