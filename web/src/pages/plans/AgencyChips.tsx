// The agencies of a task by role, as short lists; in edit mode each one has a button to take it off.
import type { TaskRole } from '../../api/plans';
import type { DraftAgency } from './draft';
import { TASK_ROLE_LABELS } from './labels';

interface Props {
  lists: Record<TaskRole, DraftAgency[]>;
  /** Given in edit mode: removes one agency from one role. */
  onRemove?(role: TaskRole, index: number): void;
}

export function AgencyChips({ lists, onRemove }: Props) {
  const roles = (Object.keys(TASK_ROLE_LABELS) as TaskRole[]).filter((r) => onRemove || lists[r].length > 0);
  if (roles.length === 0) return <p className="muted task-agencies">Chưa có cơ quan nào được giao.</p>;
  return (
    <dl className="task-agencies">
      {roles.map((role) => (
        <div key={role}>
          <dt>{TASK_ROLE_LABELS[role]}</dt>
          <dd>
            {lists[role].length === 0 && <span className="muted">—</span>}
            <ul className="chips">
              {lists[role].map((a, i) => (
                <li key={`${a.id ?? a.name}-${i}`} className={a.id === null ? 'chip chip-new' : 'chip'}>
                  <span>{a.name}</span>
                  {a.id === null && <span className="tag tag-warn">Cơ quan mới</span>}
                  {onRemove && (
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={`Bỏ ${a.name} khỏi danh sách ${TASK_ROLE_LABELS[role].toLowerCase()}`}
                      onClick={() => onRemove(role, i)}
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
