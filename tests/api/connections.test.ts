// The server keeps serving whatever its clients do with connections: thousands of idle sockets under a
// low open-file limit, running out of file descriptors, and slow handlers holding every handler thread.
// Every wait is on state (sockets closed, requests read, a line in the log); the bounds only keep a broken
// server from hanging the suite.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { COMMUNE, PASSWORD, PROVINCE } from '../lib/fixtures.ts';
import { engineFromEnv, startServer, type StartOptions, type TestServer } from '../lib/server.ts';
import { holdWriteLock, requestRead, until } from '../lib/waits.ts';

interface IdleSockets {
  /** Connections the server accepted or queued (the handshake completed). */
  connected(): number;
  /** Connections the server ended (closed or reset) while we kept them open. */
  closedByServer(): number;
  /** Connections that ended either way, or never connected. */
  settled(): number;
  destroy(): void;
}

/** Opens n connections that never send a byte. */
function openIdle(port: number, n: number): IdleSockets {
  const sockets: net.Socket[] = [];
  let connected = 0;
  let closed = 0;
  let settled = 0;
  let destroying = false;
  for (let i = 0; i < n; i++) {
    const s = net.connect({ port, host: '127.0.0.1' });
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      settled++;
      if (!destroying) closed++;
    };
    s.on('connect', () => connected++);
    s.on('error', () => {});
    s.on('close', end);
    sockets.push(s);
  }
  return {
    connected: () => connected,
    closedByServer: () => closed,
    settled: () => settled,
    destroy: () => {
      destroying = true;
      for (const s of sockets) s.destroy();
    },
  };
}

/** CPU seconds the process has used (user + system, all threads). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name: state is field 3, utime 14 and stime 15 (1-based), in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

interface Held { clientPort(): number; answered(): boolean; response: Promise<{ status: number; text: string }> }

/** Sends a request with the client's session and remembers which local port carried it. */
function send(c: ApiClient, method: string, path: string, body: unknown): Held {
  const payload = JSON.stringify(body);
  let port = 0;
  let answered = false;
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(new URL(path, c.baseUrl), {
      method, agent: false,
      headers: {
        'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)),
        'X-CSRF-Token': c.csrfToken!, Cookie: `pcmt_session=${c.cookies.get('pcmt_session')}`,
      },
    }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8').on('data', (d) => (text += d)).on('end', () => resolve({ status: res.statusCode!, text }));
    });
    req.on('socket', (s) => s.on('connect', () => (port = s.localPort!)));
    req.on('error', reject);
    req.end(payload);
  });
  return { clientPort: () => port, answered: () => answered, response };
}

describe(`connections [${engineFromEnv()}]`, () => {
  let srv: TestServer | undefined;
  let idle: IdleSockets | undefined;
  afterEach(async () => {
    idle?.destroy();
    idle = undefined;
    await srv?.stop().catch(() => {});
    srv = undefined;
  });

  async function start(opts: StartOptions = {}): Promise<ApiClient> {
    srv = await startServer(opts);
    await srv.addUser({ username: 'c_office', role: 'standing_office', scope: `province:${PROVINCE}`, password: PASSWORD });
    const office = new ApiClient(srv.baseUrl);
    await office.loginOk('c_office', PASSWORD);
    return office;
  }

  test('5,000 idle sockets under a 256-file limit: the longest-idle are closed, /healthz and a signed-in request answer',
    { timeout: 180_000 }, async () => {
      const office = await start({ fileLimit: 256 });
      const port = Number(new URL(srv!.baseUrl).port);
      idle = openIdle(port, 5000);
      // 256 descriptors cannot hold 5,000 connections: unless the server closes idle ones, the rest wait
      // in the listen queue and nobody else gets in.
      await until('the server to close the idle sockets it cannot hold',
        () => idle!.closedByServer() >= 5000 - 256, 120_000);
      const health = await new ApiClient(srv!.baseUrl).get('/healthz');
      assert.equal(health.status, 200, health.text);
      const me = await office.get('/api/v1/me');
      assert.equal(me.status, 200, me.text);
      assert.equal(me.json.user.username, 'c_office');
    });

  test('out of file descriptors, the server backs off instead of spinning, and keeps answering',
    { timeout: 180_000 }, async () => {
      // A cap far above what 128 files hold, so that accepting really runs out of descriptors.
      await start({ fileLimit: 128, serveArgs: ['--max-connections', '100000'] });
      const port = Number(new URL(srv!.baseUrl).port);
      idle = openIdle(port, 1000);
      await until('the server to run out of descriptors', () => srv!.output().includes('out of file descriptors'));
      const cpu0 = cpuSeconds(srv!.pid);
      const t0 = Date.now();
      const health = await new ApiClient(srv!.baseUrl).get('/healthz');
      assert.equal(health.status, 200, health.text);
      // Every idle socket ends: evicted to free descriptors, or timed out under pressure.
      await until('every idle socket to be closed by the server', () => idle!.settled() === 1000, 120_000);
      const cpu = cpuSeconds(srv!.pid) - cpu0;
      const wall = (Date.now() - t0) / 1000;
      // A retry loop on EMFILE keeps a core busy (cpu ≈ wall or more); backing off uses a small fraction.
      assert.ok(cpu < wall / 2, `the server used ${cpu.toFixed(2)} s of CPU in ${wall.toFixed(2)} s while out of descriptors`);
      assert.ok(idle.closedByServer() > 0);
    });

  /** Sends the requests while a table they write is locked (by default the audit chain's head, which
   *  every write appends to; a committed import first writes its job), so that they stay in their handlers. */
  async function holdRequests(office: ApiClient, requests: Array<() => Held>, answer = 200, table = 'audit_head') {
    const serverPort = Number(new URL(srv!.baseUrl).port);
    // SQLite: any table's lock is the database's single write lock.
    const lock = await holdWriteLock(srv!, table);
    const held = requests.map((r) => r());
    // (An answered request counts as read here; the check in `release` tells that case apart.)
    await until('the server to read every held request',
      () => held.every((h) => h.answered() || requestRead(serverPort, h.clientPort())));
    return {
      async release() {
        // The held requests must still be waiting; otherwise the test proved nothing. The lock is
        // released either way, or a failure here would leave the server's shutdown waiting on it.
        const early = held.filter((h) => h.answered()).length;
        await lock.release();
        assert.equal(early, 0, 'a held request finished before the lock was released');
        for (const h of held) {
          const r = await h.response;
          assert.equal(r.status, answer, r.text);
        }
      },
    };
  }

  test('slow requests holding every handler thread do not stop /healthz', { timeout: 120_000 }, async () => {
    const office = await start();
    const patches = Array.from({ length: 12 }, (_, i) =>
      () => send(office, 'PATCH', `/api/v1/communes/${COMMUNE}`, { population: 1000 + i }));
    const held = await holdRequests(office, patches);
    const health = await new ApiClient(srv!.baseUrl).get('/healthz');
    assert.equal(health.status, 200, health.text);
    await held.release();
  });

  test('imports held in their handlers do not stop signed-in reads', { timeout: 120_000 }, async () => {
    const office = await start();
    // A committed import reads and checks its file, then stores it with its job: held at that write.
    const imports = Array.from({ length: 4 }, (_, i) => () => send(office, 'POST', '/api/v1/people/import', {
      format: 'csv', commit: true,
      content: `Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã\n04009000000${i},Nguyễn Văn An,01/05/1990,Nam,${COMMUNE}\n`,
    }));
    const held = await holdRequests(office, imports, 202, 'jobs');
    const me = await office.get('/api/v1/me');
    assert.equal(me.status, 200, me.text);
    const health = await new ApiClient(srv!.baseUrl).get('/healthz');
    assert.equal(health.status, 200, health.text);
    await held.release();
  });
});
