// Long work the server runs as a job (an import, a rule value's recompute): GET /api/v1/jobs/{id}.
import { api } from './client';

export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobError {
  code: string;
  message: string;
  field?: string;
  errors?: { line: number; field: string; code: string; message: string }[];
}

export interface Job<R = unknown> {
  id: number;
  kind: string;
  state: JobState;
  phase: string;
  done: number;
  total: number;
  cancellable: boolean;
  cancel_requested: boolean;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
  result: R | null;
  error: JobError | null;
}

/** What a route that starts a job answers (202). */
export interface JobStarted {
  job_id: number;
}

export const jobEnded = (j: Job) => j.state === 'done' || j.state === 'failed' || j.state === 'cancelled';

export const getJob = <R>(id: number) => api.get<Job<R>>(`/jobs/${id}`);
export const cancelJob = <R>(id: number) => api.post<Job<R>>(`/jobs/${id}/cancel`);
