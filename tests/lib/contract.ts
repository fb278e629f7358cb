// Checks every answer the tests receive against the OpenAPI document the server under test serves
// (/api/v1/openapi.json): the route is found by method and path template, the response by status (or
// its 4XX/5XX range), and a JSON body must match that response's schema. An answer the contract does
// not describe throws, so the test that received it fails and names the route.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

export interface Answer {
  method: string;
  path: string;
  status: number;
  contentType: string | undefined;
  text: string;
  json: unknown;
}

interface Operation {
  route: string;
  pointer: string;
  responses: Record<string, any>;
}

interface Template {
  method: string;
  pattern: RegExp;
  literals: number;
  operation: Operation;
}

/** The document's top-level OpenAPI fields, which are not JSON Schema keywords. */
const DOCUMENT_KEYWORDS = ['openapi', 'info', 'servers', 'paths', 'components', 'security', 'tags', 'webhooks'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export class Contract {
  // Strict: a misspelt keyword or an unknown format in a schema is an error, not a silent pass.
  private readonly ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  private readonly templates: Template[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly doc: any) {
    this.ajv.addVocabulary(DOCUMENT_KEYWORDS);
    this.ajv.addSchema(doc, 'openapi.json');
    for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
      const segments = p.split('/');
      const pattern = new RegExp(
        '^' + segments.map((s) => (/^\{\w+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/') + '$');
      const literals = segments.filter((s) => !s.startsWith('{')).length;
      for (const m of METHODS) {
        if (!item[m]) continue;
        const pointer = `#/paths/${pointerSegment(p)}/${m}`;
        this.templates.push({
          method: m.toUpperCase(), pattern, literals,
          operation: { route: `${m.toUpperCase()} ${p}`, pointer, responses: item[m].responses ?? {} },
        });
      }
    }
    // A literal segment wins over a parameter (/people/check before /people/{id}).
    this.templates.sort((a, b) => b.literals - a.literals);
  }

  /** Throws an Error that names the route, the status and the first schema errors when `a` breaks the contract. */
  check(a: Answer): void {
    if (!a.path.startsWith('/api/') && a.path !== '/healthz') return; // the web app's pages and files
    if (a.method === 'HEAD' || a.method === 'OPTIONS') return;
    const known = this.templates.filter((t) => t.pattern.test(a.path));
    const op = known.find((t) => t.method === a.method)?.operation;
    if (!op) {
      // Unknown paths and methods are answered with the common error.
      if (a.status < 400) throw new Error(`${a.method} ${a.path} answered ${a.status} but is not in the contract`);
      this.checkJson(`${a.method} ${a.path}`, a, '#/components/schemas/Error');
      return;
    }
    const where = `${op.route} → ${a.status}`;
    const key = [String(a.status), `${Math.floor(a.status / 100)}XX`, 'default'].find((k) => op.responses[k]);
    if (!key) throw new Error(`${where}: the contract does not list this status (${a.text.slice(0, 200)})`);
    let pointer = `${op.pointer}/responses/${key}`;
    let response = op.responses[key];
    if (response.$ref) {
      pointer = response.$ref;
      response = resolve(this.doc, response.$ref);
    }
    const content = response.content as Record<string, any> | undefined;
    if (!content) {
      if (a.text.length > 0) throw new Error(`${where}: the contract describes no body, the server sent ${a.text.slice(0, 200)}`);
      return;
    }
    const media = (a.contentType ?? '').split(';')[0].trim();
    if (media === 'application/json' && content['application/json']?.schema) {
      this.checkJson(where, a, `${pointer}/content/application~1json/schema`);
      return;
    }
    if (!content[media]) {
      throw new Error(`${where}: the contract lists ${Object.keys(content).join(', ')}, the server sent "${media}"`);
    }
  }

  private checkJson(where: string, a: Answer, ref: string): void {
    if (a.json === undefined) throw new Error(`${where}: expected a JSON body, got ${a.text.slice(0, 200)}`);
    const validate = this.validator(ref);
    if (validate(a.json)) return;
    const errors = (validate.errors ?? []).slice(0, 3)
      .map((e) => `${e.instancePath || '(body)'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
    throw new Error(`${where}: the body does not match its schema: ${errors.join('; ')}\n` +
      `body: ${JSON.stringify(a.json).slice(0, 600)}`);
  }

  private validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: `openapi.json${ref}` });
      this.validators.set(ref, v);
    }
    return v;
  }
}

// One document per test process: every server a test starts runs the same binary.
let loading: Promise<Contract> | undefined;

/** The contract served by the server at `baseUrl`, fetched and compiled once per process. */
export function contractOf(baseUrl: string): Promise<Contract> {
  loading ??= fetch(new URL('/api/v1/openapi.json', baseUrl)).then(async (r) => {
    if (r.status !== 200) throw new Error(`GET /api/v1/openapi.json → ${r.status}`);
    return new Contract(await r.json());
  }).catch((e) => {
    loading = undefined; // a server that was stopping: the next answer fetches again
    throw e;
  });
  return loading;
}

/** A path as one segment of a JSON pointer inside a URI fragment. */
function pointerSegment(p: string): string {
  return p.replace(/~/g, '~0').replace(/\//g, '~1').replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

function resolve(doc: any, ref: string): any {
  return ref.replace(/^#\//, '').split('/')
    .reduce((o, k) => o?.[decodeURIComponent(k).replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}
