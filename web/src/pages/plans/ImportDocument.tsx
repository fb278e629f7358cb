// The document's own fields (number, date, issuer, kind, title), how it is tracked (reporting
// cycle, last tracked year, the plan it implements) and its quantified targets.
import type { Every, PlanSummary, Target } from '../../api/plans';
import { SelectField, optionsOf } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import type { Draft } from './draft';
import { EVERY_LABELS, PLAN_KIND_LABELS } from './labels';
import { formatDate } from '../../lib/format';

interface Props {
  draft: Draft;
  plans: PlanSummary[];
  invalidField?: string;
  onChange(draft: Draft): void;
}

export function ImportDocument({ draft, plans, invalidField, onChange }: Props) {
  const doc = draft.document;
  const setDoc = (changes: Partial<Draft['document']>) => onChange({ ...draft, document: { ...doc, ...changes } });
  const bad = (field: string) => invalidField === field;

  return (
    <>
      <fieldset>
        <legend>Văn bản</legend>
        <div className="grid-2">
          <TextField id="doc-number" label="Số hiệu" value={doc.number} onValue={(v) => setDoc({ number: v })} invalid={bad('document.number')} />
          <DateInput
            id="doc-date"
            label="Ngày ban hành"
            value={doc.date ?? ''}
            onValue={(v) => setDoc({ date: v })}
            invalid={bad('document.date')}
          />
          <TextField id="doc-issuer" label="Cơ quan ban hành" value={doc.issuer ?? ''} onValue={(v) => setDoc({ issuer: v })} invalid={bad('document.issuer')} />
          <SelectField
            id="doc-kind"
            label="Loại văn bản"
            value={doc.kind}
            onValue={(v) => setDoc({ kind: v })}
            options={optionsOf(PLAN_KIND_LABELS)}
          />
        </div>
        <div className="field">
          <label htmlFor="doc-title">Trích yếu</label>
          <textarea
            id="doc-title"
            rows={3}
            value={doc.title}
            aria-invalid={bad('document.title') || undefined}
            onChange={(e) => setDoc({ title: e.target.value })}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Theo dõi thực hiện</legend>
        <div className="grid-2">
          <SelectField
            id="doc-reporting"
            label="Chu kỳ báo cáo của nhiệm vụ thường xuyên"
            value={draft.reportingEvery}
            onValue={(v) => onChange({ ...draft, reportingEvery: v as Every })}
            options={optionsOf(EVERY_LABELS)}
          />
          <TextField
            id="doc-horizon"
            label="Theo dõi đến hết năm"
            inputMode="numeric"
            value={draft.horizonYear}
            onValue={(v) => onChange({ ...draft, horizonYear: v })}
            invalid={bad('horizon_year')}
            hint="Để trống: năm xa nhất nêu trong kế hoạch."
          />
        </div>
        <SelectField
          id="doc-parent"
          label="Thực hiện kế hoạch cấp trên"
          value={draft.parentPlanId}
          onValue={(v) => onChange({ ...draft, parentPlanId: v })}
          options={plans.map((p) => ({ value: String(p.id), label: `${p.document.number} ngày ${formatDate(p.document.date)}` }))}
          empty="— Không —"
        />
      </fieldset>

      <Targets targets={draft.targets} onChange={(targets) => onChange({ ...draft, targets })} />
    </>
  );
}

function Targets({ targets, onChange }: { targets: Target[]; onChange(targets: Target[]): void }) {
  const set = (i: number, changes: Partial<Target>) => onChange(targets.map((t, k) => (k === i ? { ...t, ...changes } : t)));
  const num = (s: string): number | null => {
    const n = Number(s.replace(',', '.'));
    return s.trim() === '' || Number.isNaN(n) ? null : n;
  };
  return (
    <section aria-labelledby="targets-title">
      <h3 id="targets-title">Chỉ tiêu ({targets.length})</h3>
      {targets.length === 0 && <p className="muted">Không tìm thấy chỉ tiêu định lượng nào.</p>}
      {targets.map((t, i) => (
        <fieldset key={i} className="target">
          <legend>Chỉ tiêu {i + 1}</legend>
          <div className="field">
            <label htmlFor={`target-${i}-text`}>Nội dung</label>
            <textarea id={`target-${i}-text`} rows={2} value={t.text} onChange={(e) => set(i, { text: e.target.value })} />
          </div>
          <div className="filters">
            <TextField id={`target-${i}-value`} label="Giá trị" inputMode="decimal" value={t.value == null ? '' : String(t.value)} onValue={(v) => set(i, { value: num(v) })} />
            <TextField id={`target-${i}-unit`} label="Đơn vị" value={t.unit ?? ''} onValue={(v) => set(i, { unit: v })} />
            <TextField id={`target-${i}-year`} label="Năm" inputMode="numeric" value={t.year == null ? '' : String(t.year)} onValue={(v) => set(i, { year: num(v) })} />
            <div className="field">
              <button type="button" className="button secondary" onClick={() => onChange(targets.filter((_, k) => k !== i))}>
                Xóa chỉ tiêu {i + 1}
              </button>
            </div>
          </div>
        </fieldset>
      ))}
      <button type="button" className="button secondary" onClick={() => onChange([...targets, { text: '' }])}>
        Thêm chỉ tiêu
      </button>
    </section>
  );
}
