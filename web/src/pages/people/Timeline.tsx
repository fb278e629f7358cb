// A person's lifecycle in date order: the recorded events with their fields, decisions and who
// recorded them, and where each episode (a stretch under one legal regime) began and ended.
import { useState } from 'react';
import { withdrawEvent, type Episode, type EventField, type EventType, type Facility, type StoredEvent, type TimelineAfterChange } from '../../api/people';
import { formatDateTime } from '../../lib/format';
import { PackName } from './cells';
import { ConfirmWithReason } from '../../components/ConfirmWithReason';
import { DETAIL_LABELS, detailValue, endReasonLabel, formatDate } from './labels';

type Entry =
  | { date: string; kind: 'event'; event: StoredEvent }
  | { date: string; kind: 'start' | 'end'; episode: Episode };

/** Same day: the events first, then each episode's start and end in the order they were opened. */
function rank(e: Entry): [number, number, number] {
  if (e.kind === 'event') return [0, e.event.id, 0];
  return [1, e.episode.id, e.kind === 'start' ? 0 : 1];
}

function entries(events: StoredEvent[], episodes: Episode[]): Entry[] {
  const list: Entry[] = events.map((event) => ({ date: event.date, kind: 'event', event }));
  for (const episode of episodes) {
    list.push({ date: episode.start, kind: 'start', episode });
    if (episode.end) list.push({ date: episode.end, kind: 'end', episode });
  }
  return list.sort((a, b) => {
    if (a.date !== b.date) return a.date.localeCompare(b.date);
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
}

/** A recorded field's value in words, with the labels its spec gives (numbers keep their number). */
function fieldValue(spec: EventField | undefined, value: unknown): string {
  const word = (v: unknown) => spec?.choice_labels[String(v)] ?? String(v);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'number' ? `${v}. ${word(v)}` : word(v))).join('; ');
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : word(value);
  return String(value);
}

interface Props {
  personId: number;
  events: StoredEvent[];
  episodes: Episode[];
  eventTypes: EventType[];
  facilities: Facility[];
  /** Whether the user may withdraw a wrongly recorded event. */
  canWithdraw: boolean;
  /** A withdrawal's answer carries the person's new timeline. */
  onChanged(change: TimelineAfterChange): void;
}

export function Timeline({ personId, events, episodes, eventTypes, facilities, canWithdraw, onChanged }: Props) {
  const typeLabel = new Map(eventTypes.map((t) => [t.type, t.label]));
  const facilityName = new Map(facilities.map((f) => [f.id, f.name]));
  const list = entries(events, episodes);
  if (list.length === 0) return <p className="muted">Chưa ghi nhận sự kiện nào.</p>;

  return (
    <ol className="timeline">
      {list.map((entry) => {
        if (entry.kind !== 'event') {
          const e = entry.episode;
          return (
            <li key={`${entry.kind}-${e.id}`} className={`timeline-item timeline-${entry.kind}`}>
              <time dateTime={entry.date}>{formatDate(entry.date)}</time>
              <div>
                <p className="timeline-title">
                  {entry.kind === 'start' ? 'Bắt đầu: ' : 'Kết thúc: '}
                  {e.label}
                </p>
                {entry.kind === 'start' ? (
                  <>
                    <p className="muted small-text">
                      Áp dụng <PackName pack={e.pack} />
                      {e.end ? ` · đến ${formatDate(e.end)}` : ' · đang áp dụng'}
                    </p>
                    {Object.keys(e.details).length > 0 && (
                      <dl className="inline-facts">
                        {Object.entries(e.details).map(([key, value]) => (
                          <div key={key}>
                            <dt>{DETAIL_LABELS[key] ?? key}</dt>
                            <dd>{detailValue(key, value, eventTypes)}</dd>
                          </div>
                        ))}
                      </dl>
                    )}
                  </>
                ) : (
                  e.end_reason && <p className="small-text">Lý do: {endReasonLabel(e.end_reason, eventTypes)}</p>
                )}
              </div>
            </li>
          );
        }
        const ev = entry.event;
        const specs = eventTypes.find((t) => t.type === ev.type)?.fields ?? [];
        return (
          <li key={`event-${ev.id}`} className="timeline-item timeline-event">
            <time dateTime={ev.date}>{formatDate(ev.date)}</time>
            <div>
              <p className="timeline-title">{typeLabel.get(ev.type) ?? ev.type}</p>
              {(Object.keys(ev.fields).length > 0 || ev.facility_id !== null || ev.reason) && (
                <dl className="inline-facts">
                  {Object.entries(ev.fields).map(([key, value]) => {
                    const spec = specs.find((f) => f.name === key);
                    return (
                      <div key={key}>
                        <dt>{spec?.label || key}</dt>
                        <dd>{fieldValue(spec, value)}</dd>
                      </div>
                    );
                  })}
                  {ev.facility_id !== null && (
                    <div>
                      <dt>Cơ sở</dt>
                      <dd>{facilityName.get(ev.facility_id) ?? `#${ev.facility_id}`}</dd>
                    </div>
                  )}
                  {ev.reason && (
                    <div>
                      <dt>Quyết định, ghi chú</dt>
                      <dd>{ev.reason}</dd>
                    </div>
                  )}
                </dl>
              )}
              <p className="muted small-text">
                Ghi nhận bởi {ev.recorded_by} lúc {formatDateTime(ev.recorded_at)}
              </p>
              {canWithdraw && <Withdraw personId={personId} event={ev} onDone={onChanged} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Withdrawing an event recorded by mistake: the reason is required and audited. */
function Withdraw({
  personId,
  event,
  onDone,
}: {
  personId: number;
  event: StoredEvent;
  onDone(change: TimelineAfterChange): void;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button small-text" onClick={() => setOpen(true)}>
        Rút lại sự kiện ghi nhầm
      </button>
    );
  }
  return (
    <div className="withdraw">
      <ConfirmWithReason
        id={`withdraw-${event.id}`}
        label="Lý do rút lại"
        submit="Rút lại"
        onConfirm={async (reason) => {
          onDone(await withdrawEvent(personId, event.id, reason));
        }}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
