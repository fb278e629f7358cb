// Two records found to be one person: the admin or the standing office merges the duplicate into
// this record (its events, aliases and drug types move here; the merge is audited with its reason).
import { useState } from 'react';
import { mergePerson, searchPeople, type PersonSummary } from '../../api/people';
import { Alert } from '../../components/Alert';
import { useDebounced, useLoad } from '../../lib/hooks';
import { ConfirmWithReason } from '../../components/ConfirmWithReason';
import { formatDate } from './labels';

export function MergePanel({ personId, onMerged }: { personId: number; onMerged(name: string): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const q = useDebounced(text.trim());
  const found = useLoad(
    () => (open && q ? searchPeople({ q, page_size: 10 }) : Promise.resolve(null)),
    `${open}|${q}`,
  );
  const candidates = (found.data?.items ?? []).filter((p) => p.id !== personId);

  if (!open) {
    return (
      <button type="button" className="button secondary" onClick={() => setOpen(true)}>
        Gộp hồ sơ trùng
      </button>
    );
  }
  return (
    <section className="panel merge-panel" aria-labelledby="merge-title">
      <h2 id="merge-title">Gộp hồ sơ trùng vào hồ sơ này</h2>
      <div className="field">
        <label htmlFor="merge-search">Tìm hồ sơ trùng (họ tên hoặc số định danh)</label>
        <input id="merge-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <Alert>{found.error}</Alert>
      {candidates.length > 0 && (
        <fieldset>
          <legend>Chọn hồ sơ sẽ được gộp</legend>
          {candidates.map((p) => (
            <label key={p.id} className="check">
              <input type="radio" name="merge-choice" checked={chosen?.id === p.id} onChange={() => setChosen(p)} />
              {p.full_name} · {formatDate(p.birth_date)} · {p.commune_name} · {p.personal_id}
            </label>
          ))}
        </fieldset>
      )}
      {q && found.data && candidates.length === 0 && <p className="muted">Không tìm thấy hồ sơ khác phù hợp.</p>}
      {chosen && (
        <>
          <p>
            Hồ sơ <strong>{chosen.full_name}</strong> sẽ bị xóa; các sự kiện, tên gọi và loại ma túy của hồ sơ đó được chuyển
            sang hồ sơ này. Thao tác được ghi nhật ký.
          </p>
          <ConfirmWithReason
            id="merge-reason"
            label="Lý do gộp"
            submit="Gộp hồ sơ"
            onConfirm={async (reason) => {
              await mergePerson(personId, { duplicate_id: chosen.id, reason });
              onMerged(chosen.full_name);
              setChosen(null);
              setOpen(false);
            }}
            onCancel={() => setOpen(false)}
          />
        </>
      )}
      {!chosen && (
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          Đóng
        </button>
      )}
    </section>
  );
}
