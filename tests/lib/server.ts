// Starts real pcmt server processes on a fresh database for API and browser tests.
// See tests/README or /work/helpers/harness.md for the contract of this module.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type EngineName = 'sqlite' | 'postgres';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function engineFromEnv(): EngineName {
  const e = process.env.PCMT_TEST_ENGINE ?? 'sqlite';
  if (e !== 'sqlite' && e !== 'postgres') throw new Error(`PCMT_TEST_ENGINE must be sqlite or postgres, not "${e}"`);
  return e;
}

export function pcmtBinary(): string {
  return process.env.PCMT_BIN ?? path.join(repoRoot, 'build', 'pcmt');
}

export interface RunResult { code: number; stdout: string; stderr: string }

export interface StartOptions {
  engine?: EngineName;
  demo?: boolean;
  /** Static SPA directory given to `serve --web`; default <repo>/web/dist when it exists. */
  web?: string;
  /** More arguments for `pcmt serve`. */
  serveArgs?: string[];
  /** Runs the server under this open-file limit (soft and hard), as a lowered `ulimit -n` would. */
  fileLimit?: number;
  /** Where the database lives: a directory for the SQLite file, or a PostgreSQL tablespace. */
  sqliteDir?: string;
  pgTablespace?: string;
}

export interface TestServer {
  baseUrl: string;
  dbUrl: string;
  engine: EngineName;
  pcmt(args: string[], stdin?: string): Promise<RunResult>;
  addUser(u: { username: string; role: string; scope: string; password: string; fullName?: string }): Promise<void>;
  startAnother(): Promise<TestServer>;
  /** SIGTERM, waits for exit, drops the temp database (only the server that created it). */
  stop(): Promise<void>;
  // Extras beyond the shared contract, for tests that need them:
  /** Runs SQL directly on the database (sqlite3 CLI / psql), bypassing pcmt; returns its output. */
  sql(query: string): Promise<string>;
  /** Sends a signal to the server process. */
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the server process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** The server's process id. */
  pid: number;
}

/** Runs a program to completion, feeding stdin; never throws for a non-zero exit. */
export function run(cmd: string, args: string[], stdin?: string, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
    child.stdin.on('error', () => {}); // the program may exit without reading its input
    child.stdin.end(stdin ?? '');
  });
}

async function runOrThrow(cmd: string, args: string[], stdin?: string): Promise<RunResult> {
  const r = await run(cmd, args, stdin);
  if (r.code !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${r.code}\n${r.stdout}${r.stderr}`);
  }
  return r;
}

// Children still alive when the test process exits (a crashed test) are killed with it.
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

interface Database {
  url: string;
  sql(query: string): Promise<string>;
  drop(): Promise<void>;
}

async function createDatabase(engine: EngineName, opts: StartOptions): Promise<Database> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(path.join(opts.sqliteDir ?? tmpdir(), 'pcmt-test-'));
    const file = path.join(dir, 'pcmt.db');
    return {
      url: `sqlite:${file}`,
      // The server may hold the write lock for a moment: wait for it rather than fail.
      sql: async (q) => (await runOrThrow('sqlite3', ['-bail', file], `.timeout 10000\n${q}`)).stdout,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = process.env.PCMT_TEST_PG_URL;
  if (!admin) throw new Error('PCMT_TEST_PG_URL is not set (scripts/pg-throwaway.sh start DIR prints one)');
  const name = `pcmt_t_${randomBytes(6).toString('hex')}`;
  const tablespace = opts.pgTablespace ? ` TABLESPACE ${opts.pgTablespace}` : '';
  await runOrThrow('psql', [admin, '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE ${name}${tablespace}`]);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    url,
    sql: async (q) => (await runOrThrow('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qAt'], q)).stdout,
    drop: async () => {
      await runOrThrow('psql', [admin, '-v', 'ON_ERROR_STOP=1', '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    },
  };
}

const LISTENING = /^pcmt listening on (http:\/\/127\.0\.0\.1:\d+)\s*$/m;

/** Starts `pcmt serve` on db and resolves once it printed its listening line. */
function spawnServe(db: Database, engine: EngineName, web: string | undefined, ownsDb: boolean,
  opts: StartOptions = {}): Promise<TestServer> {
  const bin = pcmtBinary();
  const args = ['serve', '--db', db.url, '--listen', '127.0.0.1:0', ...(opts.serveArgs ?? [])];
  if (web) args.push('--web', web);
  // prlimit execs the server in its own process, so the child's pid is the server's.
  const child = opts.fileLimit
    ? spawn('prlimit', [`--nofile=${opts.fileLimit}:${opts.fileLimit}`, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let out = '';
  let stdout = '';
  let expectingExit = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      live.delete(child);
      // A server that dies under a test shows up only as refused connections: say why, loudly.
      if (!expectingExit) {
        process.stderr.write(`\n*** pcmt serve (pid ${child.pid}) died unexpectedly: ${code ?? signal}\n${out.slice(-4000)}\n`);
      }
      resolve({ code, signal });
    });
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));

  return new Promise<TestServer>((resolve, reject) => {
    let started = false;
    child.on('error', (e) => reject(new Error(`cannot run ${bin}: ${e.message}`)));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (started) return;
      stdout += d;
      const m = LISTENING.exec(stdout);
      if (!m) return;
      started = true;
      let stopped: Promise<void> | undefined;
      const server: TestServer = {
        baseUrl: m[1],
        dbUrl: db.url,
        engine,
        pcmt: (a, stdin) => run(bin, a, stdin),
        addUser: async (u) => {
          const a = ['user', 'add', '--db', db.url, '--username', u.username, '--role', u.role, '--scope', u.scope,
            '--password-stdin'];
          if (u.fullName !== undefined) a.push('--full-name', u.fullName);
          await runOrThrow(bin, a, `${u.password}\n`);
        },
        pid: child.pid!,
        startAnother: () => spawnServe(db, engine, web, false, opts),
        stop: () => {
          stopped ??= (async () => {
            expectingExit = true;
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            const r = await exited;
            if (ownsDb) await db.drop();
            if (r.code !== 0 && r.signal !== 'SIGKILL') {
              throw new Error(`pcmt serve exited with ${r.code ?? r.signal} on SIGTERM\n${out}`);
            }
          })();
          return stopped;
        },
        sql: (q) => db.sql(q),
        kill: (sig) => {
          expectingExit = true;
          child.kill(sig);
        },
        exited,
        output: () => out,
      };
      resolve(server);
    });
    void exited.then((r) => {
      if (!started) reject(new Error(`pcmt serve exited (${r.code ?? r.signal}) before listening:\n${out}`));
    });
  });
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const engine = opts.engine ?? engineFromEnv();
  const bin = pcmtBinary();
  if (!existsSync(bin)) throw new Error(`pcmt binary not found at ${bin} (build it, or set PCMT_BIN)`);
  const db = await createDatabase(engine, opts);
  try {
    await runOrThrow(bin, ['migrate', '--db', db.url]);
    if (opts.demo) await runOrThrow(bin, ['demo', '--db', db.url, '--province', '40']);
    const defaultWeb = path.join(repoRoot, 'web', 'dist');
    const web = opts.web ?? (existsSync(defaultWeb) ? defaultWeb : undefined);
    return await spawnServe(db, engine, web, true, opts);
  } catch (e) {
    await db.drop().catch(() => {});
    throw e;
  }
}
