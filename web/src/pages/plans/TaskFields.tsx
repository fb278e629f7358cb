// The fields of a task being written or corrected: reference, wording, agencies from the catalogue
// with their role, deadline. Used for a task of a plan under review and for a task added to a saved
// plan, so both read the same.
import type { Agency } from '../../api/types';
import { AgencyChips } from './AgencyChips';
import { AgencyPicker } from './catalogue';
import { DueEditor } from './DueEditor';
import { ROLES, type DraftTask } from './draft';

interface Props {
  /** Prefix of the fields' ids. */
  id: string;
  task: DraftTask;
  catalogue: Agency[];
  /** The field the server named when it refused the task ("tasks[3].text", "task.due.date"). */
  errorField?: string;
  onChange(task: DraftTask): void;
}

export function TaskFields({ id, task, catalogue, errorField = '', onChange }: Props) {
  // "text" from PATCH /tasks/{id}, "tasks[3].text" from the save, "task.text" from adding.
  const names = (field: string) => errorField === field || errorField.endsWith(`.${field}`);
  const namesDue = errorField.startsWith('due') || errorField.includes('.due');
  return (
    <div className="task-editor">
      <div className="field">
        <label htmlFor={`${id}-ref`}>Số hiệu</label>
        <input
          id={`${id}-ref`}
          value={task.ref}
          aria-invalid={names('ref') || undefined}
          onChange={(e) => onChange({ ...task, ref: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>Nội dung nhiệm vụ</label>
        <textarea
          id={`${id}-text`}
          rows={5}
          value={task.text}
          aria-invalid={names('text') || undefined}
          onChange={(e) => onChange({ ...task, text: e.target.value })}
        />
      </div>
      <AgencyChips
        lists={task}
        onRemove={(role, i) => onChange({ ...task, [role]: task[role].filter((_, k) => k !== i) })}
      />
      <AgencyPicker
        catalogue={catalogue}
        legend="Thêm cơ quan từ danh mục"
        withRole
        button="Thêm cơ quan"
        onPick={(agency, role) => {
          // Once per task: the server keeps an agency named twice in its strongest role only.
          if (ROLES.some((r) => task[r].some((a) => a.id === agency.id))) return;
          onChange({ ...task, [role]: [...task[role], { id: agency.id, name: agency.name }] });
        }}
      />
      <DueEditor
        id={`${id}-due`}
        due={task.due}
        onChange={(due) => onChange({ ...task, due })}
        invalid={namesDue}
      />
    </div>
  );
}

/** "II. NHIỆM VỤ, GIẢI PHÁP › 1. Công tác tuyên truyền". */
export function sectionLine(section: string[]): string {
  return section.join(' › ');
}
