// Graceful shutdown: a request the server is working on when SIGTERM arrives still completes, and the
// process exits 0. To be sure the request is in flight (no sleeps, no timing), the test holds the database's
// write lock from outside, sends a write, waits until the kernel shows the server has read the whole request
// (its socket's receive queue is empty), sends SIGTERM, and only then releases the lock.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { COMMUNE, PASSWORD } from '../lib/fixtures.ts';
import { engineFromEnv, startServer, type TestServer } from '../lib/server.ts';

/** Polls until cond() holds; the bound only keeps a broken server from hanging the suite. */
async function until(what: string, cond: () => boolean | Promise<boolean>, bound = 60_000): Promise<void> {
  const end = Date.now() + bound;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await sleep(5);
  }
}

interface TcpEntry { local: number; remote: number; state: number; tx: number; rx: number }

/** IPv4 loopback sockets as the kernel lists them. */
function tcpSockets(): TcpEntry[] {
  return readFileSync('/proc/net/tcp', 'utf8').trim().split('\n').slice(1).map((line) => {
    const f = line.trim().split(/\s+/);
    const [tx, rx] = f[4].split(':').map((h) => parseInt(h, 16));
    return { local: parseInt(f[1].split(':')[1], 16), remote: parseInt(f[2].split(':')[1], 16),
      state: parseInt(f[3], 16), tx, rx };
  });
}

/** Holds the database's write lock from a separate client until release() is called. */
async function holdWriteLock(srv: TestServer): Promise<{ release(): Promise<void> }> {
  let child: ChildProcessWithoutNullStreams;
  if (srv.engine === 'sqlite') {
    child = spawn('sqlite3', [srv.dbUrl.replace(/^sqlite:/, '')]);
    child.stdin.write(".timeout 10000\nBEGIN IMMEDIATE;\nSELECT 'locked';\n");
  } else {
    child = spawn('psql', [srv.dbUrl, '-qAt', '-v', 'ON_ERROR_STOP=1']);
    child.stdin.write("BEGIN;\nLOCK TABLE communes IN EXCLUSIVE MODE;\nSELECT 'locked';\n");
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

describe(`graceful shutdown [${engineFromEnv()}]`, () => {
  let srv: TestServer | undefined;
  afterEach(async () => {
    await srv?.stop().catch(() => {});
    srv = undefined;
  });

  test('a write in flight when SIGTERM arrives completes, and the process exits 0', async () => {
    srv = await startServer();
    await srv.addUser({ username: 's_admin', role: 'admin', scope: 'province:40', password: PASSWORD });
    const admin = new ApiClient(srv.baseUrl);
    await admin.loginOk('s_admin', PASSWORD);
    const serverPort = Number(new URL(srv.baseUrl).port);

    const lock = await holdWriteLock(srv);
    const body = JSON.stringify({ population: 54321 });
    let clientPort = 0;
    let answered = false;
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(new URL(`/api/v1/communes/${COMMUNE}`, srv!.baseUrl), {
        method: 'PATCH', agent: false,
        headers: {
          'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)),
          'X-CSRF-Token': admin.csrfToken!, Cookie: `pcmt_session=${admin.cookies.get('pcmt_session')}`,
        },
      }, (res) => {
        let text = '';
        answered = true;
        res.setEncoding('utf8').on('data', (d) => (text += d)).on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('socket', (s) => s.on('connect', () => (clientPort = s.localPort!)));
      req.on('error', reject);
      req.end(body);
    });

    // In flight: our side has nothing left to send and the server has read every byte we sent.
    await until('the server to read the request', () => {
      if (!clientPort) return false;
      const sockets = tcpSockets();
      const ours = sockets.find((s) => s.local === clientPort && s.remote === serverPort);
      const theirs = sockets.find((s) => s.local === serverPort && s.remote === clientPort && s.state === 1);
      return !!ours && ours.tx === 0 && !!theirs && theirs.rx === 0;
    });
    // The lock must be what holds the request; otherwise this test would prove nothing.
    assert.equal(answered, false, 'the request completed before SIGTERM: the lock did not hold it');
    srv.kill('SIGTERM');
    await lock.release();

    const r = await response;
    assert.equal(r.status, 200, r.text);
    assert.equal(JSON.parse(r.text).population, 54321);
    const exit = await srv.exited;
    assert.deepEqual(exit, { code: 0, signal: null }, srv.output());
    // The write was committed, not lost with the process.
    assert.equal((await srv.sql(`SELECT population FROM communes WHERE code = '${COMMUNE}';`)).trim(), '54321');
  });

  test('an idle keep-alive connection does not keep a stopping server alive', async () => {
    srv = await startServer();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    await new Promise<void>((resolve, reject) => {
      http.get(new URL('/healthz', srv!.baseUrl), { agent }, (res) => {
        res.resume().on('end', () => resolve());
      }).on('error', reject);
    });
    srv.kill('SIGTERM');
    const exit = await srv.exited;
    agent.destroy();
    assert.deepEqual(exit, { code: 0, signal: null }, srv.output());
  });

  test('SIGINT stops the server cleanly too', async () => {
    srv = await startServer();
    srv.kill('SIGINT');
    assert.deepEqual(await srv.exited, { code: 0, signal: null }, srv.output());
  });
});
