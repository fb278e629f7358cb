// "Thêm nhiệm vụ" on a saved plan: the standing office writes a task the parser missed or an
// amendment added, with the same fields as the review screen, under one of the plan's sections.
// The server creates the report instances its deadline owes, as if it had been saved with the plan.
import { useId, useState, type FormEvent } from 'react';
import { addTask, type PlanDetail, type Task } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { useSubmit } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { useCatalogue } from './catalogue';
import { emptyTask, taskBody } from './draft';
import { TaskFields, sectionLine } from './TaskFields';

interface Props {
  plan: PlanDetail;
  province: string;
  onAdded(task: Task): void;
}

/** The plan's distinct section titles, in the order of its tasks. */
function sectionsOf(plan: PlanDetail): string[][] {
  const seen = new Map<string, string[]>();
  for (const t of plan.tasks) if (t.section.length > 0) seen.set(JSON.stringify(t.section), t.section);
  return [...seen.values()];
}

export function TaskAdd({ plan, province, onAdded }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [task, setTask] = useState(emptyTask);
  const [section, setSection] = useState('');
  const [added, setAdded] = useState<Task | null>(null);
  const { busy, error, run } = useSubmit();
  const catalogue = useCatalogue(province);
  const sections = sectionsOf(plan);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const body = taskBody({ ...task, section: section ? (JSON.parse(section) as string[]) : [] });
      const created = await addTask(plan.id, body);
      setAdded(created);
      setOpen(false);
      setTask(emptyTask());
      onAdded(created);
    });
  }

  if (!open) {
    return (
      <div className="task-add">
        {added && (
          <Alert kind="success">
            Đã thêm nhiệm vụ {added.ref || `#${added.id}`} với {formatNumber(added.instances.total)} kỳ báo cáo.
          </Alert>
        )}
        <button type="button" className="button" onClick={() => { setAdded(null); setOpen(true); }}>
          Thêm nhiệm vụ
        </button>
      </div>
    );
  }
  return (
    <form className="task-add task-card" aria-labelledby={`${id}-h`} onSubmit={onSubmit} noValidate>
      <h3 id={`${id}-h`}>Thêm nhiệm vụ</h3>
      <SelectField
        id={`${id}-section`}
        label="Thuộc mục"
        value={section}
        onValue={setSection}
        options={sections.map((s) => ({ value: JSON.stringify(s), label: sectionLine(s) }))}
        empty="Không thuộc mục nào"
      />
      {catalogue.error && <Alert>{catalogue.error}</Alert>}
      <TaskFields id={id} task={task} catalogue={catalogue.data ?? []} errorField={error.field} onChange={setTask} />
      <Alert>{error.message}</Alert>
      <div className="buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu nhiệm vụ'}
        </button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          Hủy
        </button>
      </div>
    </form>
  );
}
