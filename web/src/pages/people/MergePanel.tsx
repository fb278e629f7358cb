// Two records found to be one person: the admin or the standing office merges the duplicate into
// this record (its events, aliases and drug types move here; the merge is audited with its reason).
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { PersonSummary, SearchPage } from '../../api/people';
import { Alert } from '../../components/Alert';
import { useDebounced, useLoad, useSubmit } from '../../hooks';
import { formatDate } from './labels';

export function MergePanel({ personId, onMerged }: { personId: number; onMerged(name: string): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const [reason, setReason] = useState('');
  const q = useDebounced(text.trim());
  const found = useLoad(
    () => (open && q ? api.get<SearchPage>('/people', { q, page_size: 10 }) : Promise.resolve(null)),
    `${open}|${q}`,
  );
  const { busy, error, setError, run } = useSubmit();
  const candidates = (found.data?.items ?? []).filter((p) => p.id !== personId);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    if (!reason.trim()) {
      setError({ message: 'Vui lòng nêu lý do gộp hồ sơ.', field: 'reason' });
      return;
    }
    const ok = await run(async () => {
      await api.post(`/people/${personId}/merge`, { duplicate_id: chosen.id, reason: reason.trim() });
    });
    if (ok) {
      onMerged(chosen.full_name);
      setChosen(null);
      setOpen(false);
    }
  }

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
        <form onSubmit={onSubmit} noValidate>
          <p>
            Hồ sơ <strong>{chosen.full_name}</strong> sẽ bị xóa; các sự kiện, tên gọi và loại ma túy của hồ sơ đó được chuyển
            sang hồ sơ này. Thao tác được ghi nhật ký.
          </p>
          <div className="field">
            <label htmlFor="merge-reason">Lý do gộp</label>
            <input
              id="merge-reason"
              value={reason}
              maxLength={500}
              aria-invalid={error.field === 'reason' || undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <Alert>{error.message}</Alert>
          <div className="buttons">
            <button type="submit" className="button danger" disabled={busy}>
              {busy ? 'Đang gộp…' : 'Gộp hồ sơ'}
            </button>
            <button type="button" className="button secondary" onClick={() => setOpen(false)}>
              Hủy
            </button>
          </div>
        </form>
      )}
      {!chosen && (
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          Đóng
        </button>
      )}
    </section>
  );
}
