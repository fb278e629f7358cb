// Waiting on state rather than time: polling a condition, the kernel's view of loopback sockets, and a
// database write lock held from outside pcmt so that a request stays in flight for as long as a test needs.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestServer } from './server.ts';

/** Polls until cond() holds; the bound only keeps a broken server from hanging the suite. */
export async function until(what: string, cond: () => boolean | Promise<boolean>, bound = 60_000): Promise<void> {
  const end = Date.now() + bound;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(5);
  }
}

export interface TcpEntry { local: number; remote: number; state: number; tx: number; rx: number }

/** IPv4 loopback sockets as the kernel lists them. */
export function tcpSockets(): TcpEntry[] {
  return readFileSync('/proc/net/tcp', 'utf8').trim().split('\n').slice(1).map((line) => {
    const f = line.trim().split(/\s+/);
    const [tx, rx] = f[4].split(':').map((h) => parseInt(h, 16));
    return { local: parseInt(f[1].split(':')[1], 16), remote: parseInt(f[2].split(':')[1], 16),
      state: parseInt(f[3], 16), tx, rx };
  });
}

/** True when the server has read every byte the client on clientPort sent it. */
export function requestRead(serverPort: number, clientPort: number): boolean {
  if (!clientPort) return false;
  const sockets = tcpSockets();
  const ours = sockets.find((s) => s.local === clientPort && s.remote === serverPort);
  const theirs = sockets.find((s) => s.local === serverPort && s.remote === clientPort && s.state === 1);
  return !!ours && ours.tx === 0 && !!theirs && theirs.rx === 0;
}

/**
 * Holds a write lock from a separate client until release() is called: on SQLite the database's
 * (every writer waits), on PostgreSQL the given table's.
 */
export async function holdWriteLock(srv: TestServer, pgTable = 'communes'): Promise<{ release(): Promise<void> }> {
  let child: ChildProcessWithoutNullStreams;
  if (srv.engine === 'sqlite') {
    child = spawn('sqlite3', [srv.dbUrl.replace(/^sqlite:/, '')]);
    child.stdin.write(".timeout 10000\nBEGIN IMMEDIATE;\nSELECT 'locked';\n");
  } else {
    child = spawn('psql', [srv.dbUrl, '-qAt', '-v', 'ON_ERROR_STOP=1']);
    child.stdin.write(`BEGIN;\nLOCK TABLE ${pgTable} IN EXCLUSIVE MODE;\nSELECT 'locked';\n`);
  }
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (out += d));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await until('the lock', () => out.includes('locked'));
  return {
    async release() {
      child.stdin.end(srv.engine === 'sqlite' ? 'COMMIT;\n.quit\n' : 'COMMIT;\n\\q\n');
      await closed;
    },
  };
}
