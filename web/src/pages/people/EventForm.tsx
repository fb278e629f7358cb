// Record the next lifecycle event: only the types the law allows in the person's current state
// (the reference's "from" lists), with that type's fields. The engine has the last word: a refusal
// shows the server's Vietnamese reason and nothing is recorded.
import { useMemo, useState, type FormEvent } from 'react';
import { recordEvent, type EventRecorded, type EventType, type Facility, type FacilityKind, type PersonRecord } from '../../api/people';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { useSubmit } from '../../lib/hooks';
import { EventFields, fieldBody, type FieldValues } from './EventFields';
import { FACILITY_KIND_LABELS, todayInVietnam } from './labels';

/** Deadlines fulfilled by reporting them done (docs/people-events.md, "fulfilled by deadline_met"). */
const REPORTED_DEADLINES = new Set([
  'user_management.stop_end_notice',
  'user_management.move_transfer',
  'user_management.move_transfer_24h',
  'user_management.report_new_residence',
  'addiction.staff_dispatch',
  'voluntary_rehab.provider_notice',
  'substitution.facility_notice',
  'compulsory.file_check',
  'compulsory.court_reply',
  'compulsory.release_notice',
  'post_rehab.move_notice',
]);

/** The kind of facility the event puts the person in, by the server's placement table (first matching row), or null. */
function facilityKind(spec: EventType, values: FieldValues): FacilityKind | null {
  const rule = spec.placement.find((r) => r.field === null || values[r.field] === r.value);
  return rule?.facility_kind ?? null;
}

interface Props {
  person: PersonRecord;
  eventTypes: EventType[];
  facilities: Facility[];
  /** The recorded event's answer carries the person's new timeline. */
  onRecorded(label: string, recorded: EventRecorded): void;
}

export function EventForm({ person, eventTypes, facilities, onRecorded }: Props) {
  const state = person.lifecycle?.state ?? person.state;
  const allowed = useMemo(() => eventTypes.filter((t) => t.from.includes(state)), [eventTypes, state]);
  const [type, setType] = useState('');
  const [date, setDate] = useState(todayInVietnam());
  const [values, setValues] = useState<FieldValues>({});
  const [facility, setFacility] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useSubmit();
  const spec = allowed.find((t) => t.type === type);
  const placesAt = spec ? facilityKind(spec, values) : null;

  // deadline_met names one of the person's open deadlines that a report fulfils.
  const openDeadlines = (person.lifecycle?.deadlines ?? []).filter(
    (d) => REPORTED_DEADLINES.has(d.kind) && (d.status === 'pending' || d.status === 'overdue' || d.status === 'unknown_rule_value'),
  );
  const deadlineChoices = [...new Map(openDeadlines.map((d) => [d.kind, { value: d.kind, label: d.label }])).values()];

  function chooseType(next: string) {
    setType(next);
    setValues({});
    setFacility('');
    setError({ message: '' });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!spec) {
      setError({ message: 'Vui lòng chọn sự kiện cần ghi nhận.', field: 'type' });
      return;
    }
    const missing = spec.fields.find((f) => f.required && !values[f.name]?.length);
    if (missing) {
      setError({ message: 'Vui lòng điền đủ các thông tin bắt buộc.', field: missing.name });
      return;
    }
    let recorded: EventRecorded | undefined;
    const ok = await run(async () => {
      recorded = await recordEvent(person.id, {
        type: spec.type,
        date,
        fields: fieldBody(spec.fields, values),
        facility_id: placesAt && facility ? Number(facility) : undefined,
        reason: note.trim() || undefined,
      });
    });
    if (ok && recorded) {
      chooseType('');
      setNote('');
      onRecorded(spec.label, recorded);
    }
  }

  if (allowed.length === 0) {
    return <p className="muted">Ở tình trạng hiện tại không có sự kiện nào có thể ghi nhận thêm.</p>;
  }

  return (
    <form className="form event-form" onSubmit={onSubmit} noValidate aria-labelledby="event-form-title">
      <h3 id="event-form-title">Ghi nhận sự kiện tiếp theo</h3>
      <div className="field">
        <label htmlFor="event-type">Sự kiện</label>
        <select
          id="event-type"
          value={type}
          aria-invalid={error.field === 'type' || undefined}
          aria-describedby={spec ? 'event-type-source' : undefined}
          onChange={(e) => chooseType(e.target.value)}
        >
          <option value="">— Chọn sự kiện —</option>
          {allowed.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
        {spec && (
          <p id="event-type-source" className="hint">
            Căn cứ: {spec.source}
          </p>
        )}
      </div>
      {spec && (
        <>
          <DateInput
            id="event-date"
            label="Ngày"
            value={date}
            max={todayInVietnam()}
            onValue={setDate}
            invalid={error.field === 'date'}
          />
          <EventFields
            fields={spec.fields}
            values={values}
            onChange={setValues}
            invalidField={error.field}
            textChoices={{ deadline: deadlineChoices }}
          />
          {placesAt && (
            <div className="field">
              <label htmlFor="event-facility">{FACILITY_KIND_LABELS[placesAt]} (không bắt buộc)</label>
              <select
                id="event-facility"
                value={facility}
                aria-invalid={error.field === 'facility_id' || undefined}
                onChange={(e) => setFacility(e.target.value)}
              >
                <option value="">— Chưa chọn —</option>
                {facilities
                  .filter((f) => f.kind === placesAt)
                  .map((f) => (
                    <option key={f.id} value={f.id}>
                      {f.name} (còn {Math.max(0, f.capacity - f.occupancy)} chỗ)
                    </option>
                  ))}
              </select>
            </div>
          )}
          <TextField
            id="event-note"
            label="Số, ngày quyết định hoặc ghi chú (không bắt buộc)"
            value={note}
            onValue={setNote}
            maxLength={500}
            hint="Ví dụ: Quyết định số 12/QĐ-UBND ngày 10/3/2026."
          />
        </>
      )}
      <Alert>{error.message}</Alert>
      <button type="submit" className="button primary" disabled={busy || !spec}>
        {busy ? 'Đang ghi…' : 'Ghi nhận'}
      </button>
    </form>
  );
}
