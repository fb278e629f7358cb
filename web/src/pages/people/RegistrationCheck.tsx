// What the server finds about a registration while it is typed: the personal ID parsed (province
// of birth registration, sex, birth year) and cross-checked with the entered sex and birth date,
// and the people already registered who may be the same person.
import { Link } from 'react-router';
import type { DuplicateCandidate, IdCheck } from '../../api/people';
import { SEX_LABELS, formatDate, label } from './labels';

/** What the user has typed so far, before the number is complete. */
export function idProgress(id: string): string {
  if (!id) return 'Gồm 12 chữ số, in trên thẻ căn cước.';
  if (/\D/.test(id)) return 'Số định danh chỉ gồm chữ số.';
  if (id.length < 12) return `Đã nhập ${id.length}/12 chữ số.`;
  if (id.length > 12) return 'Số định danh chỉ gồm 12 chữ số.';
  return '';
}

export function IdCheckResult({ check }: { check: IdCheck }) {
  if (!check.valid) {
    return (
      <p className="field-error" id="person-id-check">
        {check.message}
      </p>
    );
  }
  const province = check.province_name ? `${check.province_name} (mã ${check.province_code})` : `mã ${check.province_code}`;
  return (
    <div id="person-id-check" className="id-check">
      <dl className="id-facts">
        <div>
          <dt>Nơi đăng ký khai sinh</dt>
          <dd>{province}</dd>
        </div>
        <div>
          <dt>Giới tính</dt>
          <dd>{label(SEX_LABELS, check.sex)}</dd>
        </div>
        <div>
          <dt>Năm sinh</dt>
          <dd>{check.birth_year}</dd>
        </div>
      </dl>
      {check.warnings && check.warnings.length > 0 && (
        <ul className="warnings">
          {check.warnings.map((w) => (
            <li key={w.code}>{w.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function DuplicateList({ duplicates }: { duplicates: DuplicateCandidate[] }) {
  return (
    <div className="duplicates" role="region" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">Có thể đã được đăng ký</h2>
      <ul className="plain-list">
        {duplicates.map((d, i) => (
          <li key={d.person?.id ?? `hidden-${i}`}>
            {d.person ? (
              <>
                <Link to={`/doi-tuong/${d.person.id}`}>{d.person.full_name}</Link>
                {' · '}
                {formatDate(d.person.birth_date)} · {d.person.commune_name} · {d.person.personal_id}
                <span className="muted">
                  {' '}
                  — {d.why === 'same_id' ? 'cùng số định danh' : 'họ tên gần giống, cùng ngày sinh và xã, phường'}
                </span>
              </>
            ) : (
              // All the server tells of a record outside the user's scope: who to ask.
              d.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
