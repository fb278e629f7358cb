// Graceful shutdown: a request the server is working on when SIGTERM arrives still completes, and the
// process exits 0. To be sure the request is in flight (no sleeps, no timing), the test holds the database's
// write lock from outside, sends a write, waits until the kernel shows the server has read the whole request
// (its socket's receive queue is empty), sends SIGTERM, and only then releases the lock.
import assert from 'node:assert/strict';
import http from 'node:http';
import { afterEach, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { COMMUNE, PASSWORD } from '../lib/fixtures.ts';
import { engineFromEnv, startServer, type TestServer } from '../lib/server.ts';
import { holdWriteLock, requestRead, until } from '../lib/waits.ts';

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
    await until('the server to read the request', () => requestRead(serverPort, clientPort));
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
