// Long work the server runs as a job (an import, a rule value's recompute): GET /api/v1/jobs/{id}.
import { call, type Schemas } from './endpoint';

type JobSchema = Schemas['Job'];
export type JobState = JobSchema['state'];
export type JobError = NonNullable<JobSchema['error']>;
/** A job whose result is that of its kind: the caller that started it knows which. */
export type Job<R = JobSchema['result']> = Omit<JobSchema, 'result'> & { result: R | null };
/** What a route that starts a job answers (202). */
export type JobStarted = Schemas['JobStarted'];

export const jobEnded = (j: Pick<Job, 'state'>) => j.state === 'done' || j.state === 'failed' || j.state === 'cancelled';

export const getJob = <R>(id: number) => call('get', '/jobs/{id}', { path: { id } }) as Promise<Job<R>>;
export const cancelJob = <R>(id: number) => call('post', '/jobs/{id}/cancel', { path: { id } }) as Promise<Job<R>>;
