// "A commune that no longer meets the criteria is shown as at risk during the year":
// an approved drug-free commune whose classification today fails a criterion of Điều 6, named.
import type { CommuneClassification } from '../../api/areas';
import { CRITERION_LABELS } from './labels';

/** The criteria of Điều 6 QĐ 28/2025 the commune does not meet now, or cannot be judged on. */
export function failingCriteria(c: CommuneClassification): string[] {
  const name = (k: string) => `Tiêu chí ${k} (${CRITERION_LABELS[`drug_free.${k}`] ?? k})`;
  return [
    ...c.drug_free_unmet.map((k) => `${name(k)}: không đạt`),
    ...(c.drug_free_undecided ?? []).map((k) => `${name(k)}: thiếu dữ liệu`),
  ];
}

/** The at-risk mark and the failing criteria, for an approved commune that no longer meets them. */
export function AtRisk({ commune }: { commune?: CommuneClassification }) {
  const failing = commune ? failingCriteria(commune) : [];
  return (
    <div className="at-risk">
      <span className="tag tag-off">Có nguy cơ không còn đạt</span>
      {failing.length > 0 && (
        <ul>
          {failing.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
