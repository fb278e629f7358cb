// Correcting a task's deadline: its kind, then only the fields that kind uses. A month, quarter or
// year deadline falls on the period's last day, as the parser reads them.
import type { Due, DueKind, Every } from '../../api/plans';
import { SelectField, optionsOf } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { lastDayOfMonth, quarterEnd } from './draft';
import { DUE_KIND_LABELS, EVERY_LABELS } from './labels';

const QUARTERS = ['I', 'II', 'III', 'IV'];

function parts(date: string | undefined): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

const toInt = (s: string): number | undefined => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);

interface Props {
  id: string;
  due: Due;
  onChange(due: Due): void;
  invalid?: boolean;
}

export function DueEditor({ id, due, onChange, invalid }: Props) {
  const set = (changes: Partial<Due>) => onChange({ ...due, ...changes });
  const at = parts(due.date);
  const year = at?.year ?? new Date().getFullYear();

  function onKind(kind: DueKind) {
    onChange({ ...due, kind });
  }

  return (
    <fieldset className="due-editor">
      <legend>Thời hạn</legend>
      <div className="filters">
        <SelectField
          id={`${id}-kind`}
          label="Loại thời hạn"
          value={due.kind}
          onValue={(v) => onKind(v as DueKind)}
          options={optionsOf(DUE_KIND_LABELS)}
        />
        {due.kind === 'date' && (
          <DateInput
            id={`${id}-date`}
            label="Ngày hết hạn"
            value={due.date ?? ''}
            onValue={(v) => set({ date: v || undefined })}
            invalid={invalid}
          />
        )}
        {due.kind === 'month' && (
          <TextField
            id={`${id}-month`}
            label="Tháng"
            type="month"
            value={at ? `${at.year}-${String(at.month).padStart(2, '0')}` : ''}
            onValue={(v) => {
              const p = parts(v ? `${v}-01` : undefined);
              set({ date: p ? lastDayOfMonth(p.year, p.month) : undefined });
            }}
            invalid={invalid}
          />
        )}
        {due.kind === 'quarter' && (
          <>
            <SelectField
              id={`${id}-quarter`}
              label="Quý"
              value={at ? String(Math.ceil(at.month / 3)) : ''}
              onValue={(v) => set({ date: v ? quarterEnd(year, Number(v)) : undefined })}
              options={QUARTERS.map((q, i) => ({ value: String(i + 1), label: `Quý ${q}` }))}
              empty="— Chọn —"
            />
            <TextField
              id={`${id}-quarter-year`}
              label="Năm"
              inputMode="numeric"
              value={at ? String(at.year) : ''}
              onValue={(v) => {
                const y = toInt(v);
                set({ date: y && y > 1900 ? quarterEnd(y, at ? Math.ceil(at.month / 3) : 4) : undefined });
              }}
              invalid={invalid}
            />
          </>
        )}
        {due.kind === 'year' && (
          <TextField
            id={`${id}-year`}
            label="Năm"
            inputMode="numeric"
            value={at ? String(at.year) : ''}
            onValue={(v) => {
              const y = toInt(v);
              set({ date: y && y > 1900 ? `${y}-12-31` : undefined });
            }}
            invalid={invalid}
          />
        )}
        {due.kind === 'relative' && (
          <TextField
            id={`${id}-days`}
            label="Số ngày kể từ khi nhận kế hoạch"
            inputMode="numeric"
            value={due.days ? String(due.days) : ''}
            onValue={(v) => set({ days: toInt(v), date: undefined })}
            invalid={invalid}
          />
        )}
        {due.kind === 'recurring' && (
          <>
            <SelectField
              id={`${id}-every`}
              label="Chu kỳ"
              value={due.every ?? ''}
              onValue={(v) => set({ every: (v || undefined) as Every | undefined })}
              options={optionsOf(EVERY_LABELS)}
              empty="Theo chu kỳ báo cáo của kế hoạch"
            />
            <TextField
              id={`${id}-day`}
              label="Hạn: ngày"
              inputMode="numeric"
              value={due.day ? String(due.day) : ''}
              onValue={(v) => set({ day: toInt(v) })}
              invalid={invalid}
            />
            {due.every === 'year' && (
              <TextField
                id={`${id}-month-of-year`}
                label="Hạn: tháng"
                inputMode="numeric"
                value={due.month ? String(due.month) : ''}
                onValue={(v) => set({ month: toInt(v) })}
                invalid={invalid}
              />
            )}
          </>
        )}
      </div>
      <TextField
        id={`${id}-text`}
        label={due.kind === 'conditional' ? 'Điều kiện (nguyên văn)' : 'Nguyên văn trong kế hoạch'}
        value={due.text ?? ''}
        onValue={(v) => set({ text: v })}
      />
    </fieldset>
  );
}
