// Following a job the API started (202 {job_id}) through GET /api/v1/jobs/{id}.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import type { ApiClient, ApiResponse } from './client.ts';

export const ENDED = new Set(['done', 'failed', 'cancelled']);

/** Polls the job until `until` holds (default: the job has ended) and returns it. */
export async function waitJob(c: ApiClient, id: number, until: (job: any) => boolean = (j) => ENDED.has(j.state)): Promise<any> {
  for (;;) {
    const r = await c.get(`/api/v1/jobs/${id}`);
    assert.equal(r.status, 200, r.text);
    if (until(r.json)) return r.json;
    if (ENDED.has(r.json.state)) assert.fail(`job ${id} ended (${r.json.state}) before the awaited state: ${r.text}`);
    await delay(20);
  }
}

/** Asserts the route started a job and returns the job once it has ended. */
export async function endedJob(c: ApiClient, started: ApiResponse): Promise<any> {
  assert.equal(started.status, 202, started.text);
  assert.equal(typeof started.json.job_id, 'number', started.text);
  return waitJob(c, started.json.job_id);
}

/** The result of a job that must end done. */
export async function jobResult(c: ApiClient, started: ApiResponse): Promise<any> {
  const job = await endedJob(c, started);
  assert.equal(job.state, 'done', JSON.stringify(job));
  return job.result;
}
