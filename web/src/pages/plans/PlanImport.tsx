// "Nhập kế hoạch": upload a plan document, check the extraction beside the source text, correct
// it, then save. Nothing is stored before "Lưu kế hoạch".
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useUser } from '../../auth';
import { type FormError } from '../../api/client';
import { listPlans, parsePlanFile, savePlan } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { useLoad, useSubmit } from '../../lib/hooks';
import { canPlans } from '../../lib/access/plans';
import { useCatalogue } from './catalogue';
import { draftFromParse, emptyTask, saveBody, taskIndexOf, undecided, unknownInUse, type Draft, type DraftTask } from './draft';
import { ImportDocument } from './ImportDocument';
import { ImportTask } from './ImportTask';
import { NewAgencies } from './NewAgencies';
import { OtherProvince } from './OtherProvince';
import { findParagraph, paragraphsOf, SourcePane } from './SourcePane';
import './plans.css';

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.txt,.md,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function PlanImport() {
  const user = useUser();
  const [draft, setDraft] = useState<Draft | null>(null);
  // A plan under review is not stored until "Lưu kế hoạch": leaving asks first.
  const unsaved = useUnsavedChanges(draft !== null);

  return (
    <section>
      {unsaved.prompt}
      <p className="breadcrumb">
        <Link to="/ke-hoach">Kế hoạch</Link> › Nhập kế hoạch
      </p>
      <PageHeader title="Nhập kế hoạch" print={false}>
        {draft && (
          <button type="button" className="button secondary" onClick={() => setDraft(null)}>
            Chọn tệp khác
          </button>
        )}
      </PageHeader>
      {draft ? (
        <ReviewDraft draft={draft} onChange={setDraft} province={user.province_code} onSaved={unsaved.allowNext} />
      ) : (
        <UploadForm onParsed={setDraft} ownPlan={canPlans.importsOwnPlan(user)} />
      )}
    </section>
  );
}

function UploadForm({ onParsed, ownPlan }: { onParsed(draft: Draft): void; ownPlan: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, setError, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError({ message: 'Vui lòng chọn tệp kế hoạch cần nhập.', field: 'file' });
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setError({ message: 'Tệp quá lớn (tối đa 20 MB).', field: 'file' });
      return;
    }
    await run(async () => onParsed(draftFromParse(await parsePlanFile(file))));
  }

  return (
    <>
      <div className="help">
        <p>
          Chọn văn bản kế hoạch (.txt, .md, .docx hoặc .pdf có lớp chữ). Hệ thống đọc số hiệu, ngày ban hành, cơ quan
          ban hành, các chỉ tiêu và từng nhiệm vụ với cơ quan chủ trì, phối hợp, được đề nghị và thời hạn, rồi hiển thị
          bên cạnh văn bản gốc để bạn kiểm tra, sửa trước khi lưu.
        </p>
        {ownPlan && <p>Kế hoạch bạn nhập là kế hoạch thực hiện của đơn vị mình; có thể liên kết với kế hoạch cấp trên.</p>}
      </div>
      <form className="form narrow" onSubmit={onSubmit} noValidate>
        <Alert>{error.message}</Alert>
        <div className="field">
          <label htmlFor="plan-file">Tệp kế hoạch</label>
          <input
            id="plan-file"
            type="file"
            accept={ACCEPT}
            aria-invalid={error.field === 'file' || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setError({ message: '' });
            }}
          />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang đọc…' : 'Đọc kế hoạch'}
        </button>
      </form>
    </>
  );
}

/** Checks the common slips before a round trip; the server checks everything again. */
function missing(draft: Draft): FormError | null {
  if (!draft.document.number.trim()) return { message: 'Vui lòng nhập số hiệu văn bản.', field: 'document.number' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.document.date ?? '')) {
    return { message: 'Vui lòng nhập ngày ban hành.', field: 'document.date' };
  }
  if (!draft.document.title.trim()) return { message: 'Vui lòng nhập trích yếu của văn bản.', field: 'document.title' };
  if (draft.tasks.length === 0) return { message: 'Kế hoạch phải có ít nhất một nhiệm vụ.', field: 'tasks' };
  const empty = draft.tasks.findIndex((t) => !t.text.trim());
  if (empty >= 0) return { message: 'Nội dung nhiệm vụ không được để trống.', field: `tasks[${empty}].text` };
  const open = undecided(draft);
  if (open.length > 0) {
    return {
      message: `Hãy chọn cách xử lý cho cơ quan chưa có trong danh mục: ${open.join(', ')}.`,
      field: 'new_agencies',
    };
  }
  if (draft.otherProvince && !draft.confirmOtherProvince) {
    return {
      message: `Kế hoạch do ${draft.otherProvince.name} ban hành: hãy xác nhận ở đầu trang nếu vẫn muốn lưu.`,
      field: 'confirm_other_province',
    };
  }
  return null;
}

interface ReviewProps {
  draft: Draft;
  onChange(d: Draft): void;
  province: string;
  /** Called once the plan is stored, before going to it. */
  onSaved(): void;
}

function ReviewDraft({ draft, onChange, province, onSaved }: ReviewProps) {
  const navigate = useNavigate();
  const catalogue = useCatalogue(province);
  const plans = useLoad(() => listPlans({ page_size: 200 }), 'parents');
  const [editing, setEditing] = useState<Set<string>>(() => new Set());
  const [highlight, setHighlight] = useState<number | null>(null);
  // The last task deleted, to put back: one click too many should not lose a task of 80.
  const [deleted, setDeleted] = useState<{ task: DraftTask; index: number } | null>(null);
  const [focusTask, setFocusTask] = useState<string | null>(null);
  useEffect(() => {
    if (focusTask) document.getElementById(`task-${focusTask}-ref`)?.focus();
  }, [focusTask]);
  const { busy, error, setError, run } = useSubmit();
  const paragraphs = useMemo(() => paragraphsOf(draft.sourceText), [draft.sourceText]);
  const unknown = unknownInUse(draft);
  const errorTask = taskIndexOf(error.field);

  function setEditingOf(key: string, on: boolean) {
    setEditing((old) => {
      const next = new Set(old);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  async function onSave() {
    const problem = missing(draft);
    if (problem) {
      setError(problem);
      const i = taskIndexOf(problem.field);
      if (i !== null && draft.tasks[i]) setEditingOf(draft.tasks[i].key, true);
      if (problem.field === 'new_agencies') document.getElementById('new-agencies-title')?.scrollIntoView({ block: 'center' });
      if (problem.field === 'confirm_other_province') document.getElementById('confirm-other-province')?.focus();
      return;
    }
    await run(async () => {
      const saved = await savePlan(saveBody(draft));
      onSaved();
      void navigate(`/ke-hoach/${saved.id}`, { state: { saved } });
    });
  }

  return (
    <>
      <Alert kind="info">
        Đã đọc {draft.tasks.length} nhiệm vụ và {draft.targets.length} chỉ tiêu
        {unknown.length > 0 && `; ${unknown.length} cơ quan chưa có trong danh mục`}. Kiểm tra và sửa nếu cần, rồi bấm
        “Lưu kế hoạch”.
      </Alert>
      <Alert>{catalogue.error}</Alert>
      <OtherProvince
        draft={draft}
        invalid={error.field === 'confirm_other_province' || error.field === 'document.province_code'}
        onConfirm={(confirmed) => onChange({ ...draft, confirmOtherProvince: confirmed })}
      />
      <div className="import-grid">
        <section className="import-extract" aria-labelledby="extract-title">
          <h2 id="extract-title">Kết quả trích xuất</h2>
          <ImportDocument draft={draft} plans={plans.data?.items ?? []} invalidField={error.field} onChange={onChange} />
          <NewAgencies
            draft={draft}
            names={unknown}
            catalogue={catalogue.data ?? []}
            onChoose={(name, choice) => onChange({ ...draft, unknown: { ...draft.unknown, [name]: choice } })}
          />
          <section aria-labelledby="tasks-title">
            <h3 id="tasks-title">Nhiệm vụ ({draft.tasks.length})</h3>
            {deleted && (
              <div className="alert alert-success undo" role="status">
                Đã xóa {deleted.task.ref ? `nhiệm vụ ${deleted.task.ref}` : 'một nhiệm vụ'}.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const tasks = [...draft.tasks];
                    tasks.splice(Math.min(deleted.index, tasks.length), 0, deleted.task);
                    onChange({ ...draft, tasks });
                    setDeleted(null);
                  }}
                >
                  Hoàn tác
                </button>
              </div>
            )}
            {draft.tasks.map((task, i) => (
              <ImportTask
                key={task.key}
                task={task}
                index={i}
                editing={editing.has(task.key)}
                catalogue={catalogue.data ?? []}
                planDate={draft.document.date || undefined}
                error={errorTask === i ? error.message : undefined}
                errorField={errorTask === i ? error.field : undefined}
                onChange={(t) => onChange({ ...draft, tasks: draft.tasks.map((x, k) => (k === i ? t : x)) })}
                onEdit={(on) => setEditingOf(task.key, on)}
                onDelete={() => {
                  onChange({ ...draft, tasks: draft.tasks.filter((_, k) => k !== i) });
                  setDeleted({ task, index: i });
                  setError({ message: '' });
                }}
                onShowSource={() => {
                  const found = findParagraph(paragraphs, task.text);
                  setHighlight(found);
                  return found === null ? null : (paragraphs[found] ?? null);
                }}
              />
            ))}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                const task = emptyTask();
                onChange({ ...draft, tasks: [...draft.tasks, task] });
                setEditingOf(task.key, true);
                setFocusTask(task.key);
              }}
            >
              Thêm nhiệm vụ
            </button>
          </section>
        </section>
        <SourcePane name={draft.sourceName} text={draft.sourceText} highlight={highlight} />
      </div>
      <div className="save-bar">
        <Alert>{error.message}</Alert>
        <button type="button" className="button primary" disabled={busy} onClick={onSave}>
          {busy ? 'Đang lưu…' : 'Lưu kế hoạch'}
        </button>
      </div>
    </>
  );
}
