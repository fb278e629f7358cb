// A small HTTP client for the pcmt API that behaves like the SPA: it keeps the session cookie and
// sends the CSRF token on every non-GET request. Built on node:http rather than fetch so that tests
// can send exactly the bytes they mean (wrong content types, oversized bodies, bad JSON).
import fs from 'node:fs';
import http from 'node:http';
import { contractOf } from './contract.ts';

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as the body verbatim, instead of JSON-encoding `body`. */
  raw?: string | Buffer;
  /** Content-Type for `raw` (default application/json). */
  contentType?: string;
  /** Leave out the X-CSRF-Token header. */
  noCsrf?: boolean;
}

export interface ApiResponse<T = any> {
  status: number;
  json: T;
  text: string;
  headers: http.IncomingHttpHeaders;
}

export class ApiClient {
  readonly baseUrl: string;
  /** Cookies the server set, by name. */
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  /** POST /api/v1/auth/login; on success keeps the cookie and the CSRF token. Returns the response JSON. */
  async login(username: string, password: string): Promise<any> {
    const r = await this.post('/api/v1/auth/login', { username, password }, { noCsrf: true });
    if (r.status === 200 && r.json?.csrf_token) this.csrfToken = r.json.csrf_token;
    return r.json;
  }

  /** Like login, but fails loudly unless the login succeeded. */
  async loginOk(username: string, password: string): Promise<any> {
    const r = await this.post('/api/v1/auth/login', { username, password }, { noCsrf: true });
    if (r.status !== 200) throw new Error(`login ${username} → ${r.status} ${r.text}`);
    this.csrfToken = r.json.csrf_token;
    return r.json;
  }

  async logout(): Promise<ApiResponse> {
    const r = await this.post('/api/v1/auth/logout');
    this.csrfToken = undefined;
    this.cookies.clear();
    return r;
  }

  get<T = any>(p: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('GET', p, body, opts); }
  post<T = any>(p: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('POST', p, body, opts); }
  patch<T = any>(p: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('PATCH', p, body, opts); }
  put<T = any>(p: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('PUT', p, body, opts); }
  delete<T = any>(p: string, body?: unknown, opts?: RequestOptions) { return this.request<T>('DELETE', p, body, opts); }

  request<T = any>(method: string, p: string, body?: unknown, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    let payload: Buffer | undefined;
    if (opts.raw !== undefined) {
      payload = Buffer.isBuffer(opts.raw) ? opts.raw : Buffer.from(opts.raw, 'utf8');
      headers['Content-Type'] = opts.contentType ?? 'application/json';
    } else if (body !== undefined) {
      payload = Buffer.from(JSON.stringify(body), 'utf8');
      headers['Content-Type'] = opts.contentType ?? 'application/json';
    }
    if (method !== 'GET' && method !== 'HEAD' && !opts.noCsrf && this.csrfToken) {
      headers['X-CSRF-Token'] = this.csrfToken;
    }
    if (this.cookies.size > 0) {
      headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (payload) headers['Content-Length'] = String(payload.length);
    Object.assign(headers, opts.headers ?? {});

    const url = new URL(p, this.baseUrl);
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = http.request(url, { method, headers, agent: false }, (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          this.keepCookies(res.headers['set-cookie']);
          const text = Buffer.concat(chunks).toString('utf8');
          let json: any;
          try {
            json = text.length > 0 ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          const status = res.statusCode ?? 0;
          const answer = { status, json, text, headers: res.headers };
          if (process.env.PCMT_RECORD_RESPONSES) {
            // One JSON line per exchange, unjudged: to write the contract from what the server really answers.
            let sent: unknown;
            try { sent = payload ? JSON.parse(payload.toString('utf8')) : undefined; } catch { sent = '<not json>'; }
            fs.appendFileSync(process.env.PCMT_RECORD_RESPONSES, JSON.stringify({
              method, path: url.pathname, query: url.search, status, contentType: res.headers['content-type'],
              request: sent, body: json ?? (text.length > 0 ? '<not json>' : undefined),
            }) + '\n');
            resolve(answer);
            return;
          }
          // Every answer must match the API contract (tests/lib/contract.ts).
          contractOf(this.baseUrl)
            .then((c) => c.check({ method, path: url.pathname, status, contentType: res.headers['content-type'], text, json }))
            .then(() => resolve(answer), reject);
        });
      });
      // A server that rejects a body early (413) may close before we finished sending it:
      // what counts is the answer it gave, so write errors after an answer are ignored.
      req.on('error', (e) => {
        if (!answered) reject(e);
      });
      if (payload) req.write(payload);
      req.end();
    });
  }

  private keepCookies(setCookie: string[] | undefined) {
    for (const line of setCookie ?? []) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a)) ||
        attrs.some((a) => /^\s*expires\s*=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now());
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** The Set-Cookie line that sets `name`, if any. */
export function setCookieLine(headers: http.IncomingHttpHeaders, name: string): string | undefined {
  return (headers['set-cookie'] ?? []).find((l) => l.trimStart().startsWith(`${name}=`));
}
