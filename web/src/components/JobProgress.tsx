// The progress of a job the server runs (an import, a recompute, a residence linkage): a bar with the phase and
// done/total, refreshed every second until it ends, and a cancel that asks first. The job id lives
// in the page's URL (useJobParam), so the user may leave and come back to it.
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client';
import { cancelJob, getJob, jobEnded, type Job } from '../api/jobs';
import { formatNumber } from '../lib/format';
import { Alert } from './Alert';

const PHASES: Record<string, string> = {
  '': 'Đang chờ bắt đầu',
  validate: 'Đang kiểm tra tệp',
  insert: 'Đang ghi dữ liệu',
  undo: 'Đang gỡ bỏ dữ liệu đã ghi',
  recompute: 'Đang tính lại thời hạn',
  compare: 'Đang đối chiếu',
};

const REFRESH_MS = 1000;

/** The job id in the URL (?cong-viec=ID), and a setter that keeps the rest of the query. */
export function useJobParam(): [number | null, (id: number | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('cong-viec'));
  const set = (id: number | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id === null) next.delete('cong-viec');
        else next.set('cong-viec', String(id));
        return next;
      },
      { replace: id === null },
    );
  return [Number.isInteger(raw) && raw > 0 ? raw : null, set];
}

interface Props<R> {
  id: number;
  title: string;
  /** What cancelling means for this job, asked before it is cancelled. */
  cancelQuestion?: string;
  onEnded(job: Job<R>): void;
}

export function JobProgress<R>({ id, title, cancelQuestion, onEnded }: Props<R>) {
  const [job, setJob] = useState<Job<R> | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Polling follows the job alone: it calls the page's latest onEnded without restarting for a new one.
  const onEndedRef = useRef(onEnded);
  useEffect(() => {
    onEndedRef.current = onEnded;
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const j = await getJob<R>(id);
        if (stopped) return;
        setJob(j);
        setError('');
        if (jobEnded(j)) {
          onEndedRef.current(j);
          return;
        }
      } catch (caught) {
        if (stopped) return;
        setError(errorMessage(caught));
      }
      timer = setTimeout(() => void poll(), REFRESH_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);

  async function cancel() {
    setConfirming(false);
    try {
      setJob(await cancelJob<R>(id));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  if (job && jobEnded(job)) return null;
  const known = job !== null && job.total > 0;
  const phase = job?.cancel_requested ? 'Đang hủy' : (PHASES[job?.phase ?? ''] ?? 'Đang xử lý');
  return (
    <section className="panel job-progress" aria-labelledby={`job-${id}-title`}>
      <h2 id={`job-${id}-title`}>{title}</h2>
      <progress
        aria-labelledby={`job-${id}-title`}
        max={known ? job.total : undefined}
        value={known ? job.done : undefined}
      />
      <p role="status">
        {phase}
        {known && ` · ${formatNumber(job.done)} / ${formatNumber(job.total)}`}
      </p>
      <p className="hint">Có thể rời trang này; công việc vẫn chạy trên máy chủ và tiến độ hiện lại khi quay lại.</p>
      <Alert>{error}</Alert>
      {job?.cancellable && !job.cancel_requested && cancelQuestion && (
        <div className="buttons">
          {confirming ? (
            <>
              <span>{cancelQuestion}</span>
              <button type="button" className="button danger small" onClick={() => void cancel()}>
                Xác nhận hủy
              </button>
              <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
                Tiếp tục chạy
              </button>
            </>
          ) : (
            <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
              Hủy công việc
            </button>
          )}
        </div>
      )}
    </section>
  );
}
