// One task of the plan under review: read at a glance, corrected in place (wording, agencies from
// the catalogue, deadline), deleted, or shown in the source text.
import { useEffect, useRef, useState } from 'react';
import type { Agency } from '../../api/types';
import { AgencyChips } from './AgencyChips';
import type { DraftTask } from './draft';
import { dueSummary } from './labels';
import { formatDate } from '../../lib/format';
import { TaskFields, sectionLine } from './TaskFields';

interface Props {
  task: DraftTask;
  index: number;
  editing: boolean;
  catalogue: Agency[];
  /** The plan's date of issue (YYYY-MM-DD), when known. */
  planDate?: string;
  /** The server's message when the last save failed because of this task. */
  error?: string;
  errorField?: string;
  onChange(task: DraftTask): void;
  onEdit(editing: boolean): void;
  onDelete(): void;
  /** Marks the task's paragraph in the source pane and answers its text (none when not found). */
  onShowSource(): string | null;
}

/** "nhiệm vụ II.5.đ.1", for headings and for the names of the card's buttons. */
function taskName(task: { ref: string }, index: number): string {
  return task.ref ? `nhiệm vụ ${task.ref}` : `nhiệm vụ mới (thứ ${index + 1})`;
}

/**
 * A dated deadline before the plan was issued is seldom a deadline: the words usually bound what the task
 * covers ("kinh phí … đến hết ngày 30/6/2025"). Saved as it is, its report would be overdue from the first day.
 */
function dueBeforePlan(task: DraftTask, planDate?: string): boolean {
  return !!planDate && task.due.kind === 'date' && !!task.due.date && task.due.date < planDate;
}

export function ImportTask(props: Props) {
  const { task, index, editing, catalogue, planDate, error, errorField, onChange, onEdit, onDelete, onShowSource } = props;
  const id = `task-${task.key}`;
  const name = taskName(task, index);
  const title = `N${name.slice(1)}`;
  const article = useRef<HTMLElement>(null);
  // The source paragraph quoted in the card too: on a phone the source pane is far below.
  const [quote, setQuote] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (error) article.current?.scrollIntoView({ block: 'center' });
  }, [error]);

  return (
    <article ref={article} className={error ? 'task-card invalid' : 'task-card'} aria-labelledby={`${id}-h`}>
      <header className="task-card-header">
        <h4 id={`${id}-h`}>{title}</h4>
        <div className="buttons">
          <button
            type="button"
            className="button small secondary"
            aria-expanded={editing}
            aria-label={editing ? `Xong sửa ${name}` : `Sửa ${name}`}
            onClick={() => onEdit(!editing)}
          >
            {editing ? 'Xong' : 'Sửa'}
          </button>
          <button
            type="button"
            className="button small ghost"
            aria-expanded={quote !== undefined}
            aria-label={`Xem ${name} trong văn bản`}
            onClick={() => setQuote(quote === undefined ? onShowSource() : undefined)}
          >
            Xem trong văn bản
          </button>
          <button type="button" className="button small ghost danger-text" aria-label={`Xóa ${name}`} onClick={onDelete}>
            Xóa
          </button>
        </div>
      </header>
      {quote !== undefined && (
        <blockquote className="source-quote">
          {quote ?? 'Không tìm thấy đoạn văn tương ứng trong văn bản gốc.'}
        </blockquote>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {editing ? (
        <TaskFields id={id} task={task} catalogue={catalogue} errorField={errorField} onChange={onChange} />
      ) : (
        <>
          {task.section.length > 0 && <p className="muted task-section-line">{sectionLine(task.section)}</p>}
          <p className="task-text">{task.text || <span className="muted">(chưa có nội dung)</span>}</p>
          <AgencyChips lists={task} />
          <p className="task-due">
            <span className="muted">Thời hạn: </span>
            <strong>{dueSummary(task.due)}</strong>
            {task.due.text && <span className="muted"> — “{task.due.text}”</span>}
          </p>
          {dueBeforePlan(task, planDate) && (
            <p className="field-warning">
              Thời hạn này trước ngày ban hành kế hoạch ({formatDate(planDate)}): có thể đó là mốc của nội dung nhiệm vụ
              chứ không phải thời hạn thực hiện. Nếu lưu như vậy, báo cáo của nhiệm vụ sẽ quá hạn ngay. Hãy bấm “Sửa” để
              chọn lại loại thời hạn.
            </p>
          )}
        </>
      )}
    </article>
  );
}
