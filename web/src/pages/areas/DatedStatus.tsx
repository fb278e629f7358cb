import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert';
import { SelectField, optionsOf } from '../../components/SelectField';
import { DateInput } from '../../components/DateInput';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatDate, scalarText, todayInVietnam } from '../../lib/format';
import { FormButtons } from '../../components/FormButtons';
import type { Row } from './RegistryForm';
import { caseHistory, changeCaseStatus, type CaseStatus } from '../../api/areas';

interface Props {
  /** The row's kind, in messages: "vụ án". */
  noun: string;
  row: Row;
  options: Record<string, string>;
  editor: boolean;
  onChanged(message: string): void;
}

/**
 * A status that moves with the date it took effect (a case's): the current one with its date, the
 * change asking for that date (today in Vietnam by default), and the history behind a toggle.
 */
export function DatedStatus({ noun, row, options, editor, onChanged }: Props) {
  const [changing, setChanging] = useState(false);
  const [open, setOpen] = useState(false);
  const status = scalarText(row.status);
  const since = scalarText(row.status_date);
  return (
    <div className="dated-status">
      <span>
        {options[status] ?? status}
        {since && ` từ ${formatDate(since)}`}
        {row.status_date_known === 0 && <span className="muted"> (chưa rõ ngày thực tế)</span>}
      </span>
      <div className="point-steps">
        {editor && !changing && (
          <button type="button" className="button secondary" aria-label={`Chuyển tình trạng #${row.id}`}
            onClick={() => setChanging(true)}>
            Chuyển tình trạng
          </button>
        )}
        <button type="button" className="link-button" aria-expanded={open} aria-label={`Lịch sử tình trạng #${row.id}`}
          onClick={() => setOpen(!open)}>
          {open ? 'Ẩn lịch sử' : 'Xem lịch sử'}
        </button>
      </div>
      {changing && (
        <StatusChange noun={noun} id={row.id} current={status} options={options} onCancel={() => setChanging(false)}
          onDone={(message) => {
            setChanging(false);
            onChanged(message);
          }} />
      )}
      {open && <StatusHistory id={row.id} version={`${status}|${since}`} options={options} />}
    </div>
  );
}

function StatusChange({ noun, id, current, options, onCancel, onDone }: {
  noun: string;
  id: number;
  current: string;
  options: Record<string, string>;
  onCancel(): void;
  onDone(message: string): void;
}) {
  const fid = useId();
  const submit = useSubmit();
  const [status, setStatus] = useState(Object.keys(options).find((s) => s !== current) ?? '');
  const [date, setDate] = useState(todayInVietnam());

  async function send(e: FormEvent) {
    e.preventDefault();
    if (await submit.run(() => changeCaseStatus(id, { status: status as CaseStatus, date }).then(() => {})))
      onDone(`Đã chuyển tình trạng ${noun} #${id} sang “${options[status] ?? status}” từ ${formatDate(date)}.`);
  }

  return (
    <form className="form dated-status-form" onSubmit={send}>
      <Alert>{submit.error.message}</Alert>
      <SelectField id={`${fid}-status`} label={`Tình trạng mới của #${id}`} value={status} onValue={setStatus}
        options={optionsOf(options).filter((o) => o.value !== current)} required />
      <DateInput id={`${fid}-date`} label={`Ngày có hiệu lực của #${id}`} value={date} onValue={setDate}
        max={todayInVietnam()} required invalid={submit.error.field === 'date'}
        hint="Ngày tình trạng có hiệu lực, ví dụ ngày ra quyết định khởi tố; không sau hôm nay." />
      <FormButtons busy={submit.busy} submit="Lưu" onCancel={onCancel} />
    </form>
  );
}

/** The statuses of one row, oldest first; `version` reloads it after a change. */
function StatusHistory({ id, version, options }: {
  id: number;
  version: string;
  options: Record<string, string>;
}) {
  const history = useLoad(() => caseHistory(id), `${id}|${version}`);
  const items = history.data?.items ?? [];
  if (history.error) return <span className="muted">{history.error}</span>;
  if (history.loading) return <span className="muted">Đang tải…</span>;
  return (
    <ol className="point-history" aria-label="Lịch sử tình trạng">
      {items.map((c, i) => (
        <li key={i}>
          {formatDate(c.date)}: {options[c.status] ?? c.status}
          {!c.date_known && ' (chưa rõ ngày thực tế; ghi theo ngày phát hiện vụ án)'}
          {c.note ? ` — ${c.note}` : ''}
        </li>
      ))}
    </ol>
  );
}
