// What every areas page does to correct and delete its rows, written once: the row's Sửa / Xóa
// buttons, the panel that corrects a row (its heading focused when it opens), and for the registries
// the creation and correction flow around the one RegistryForm.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useSubmit } from '../../lib/hooks';
import { DeleteRecord } from './DeleteRecord';
import type { RegistrySpec } from './registries';
import { RegistryForm, bodyOf, formOf, type FormState, type Row } from './RegistryForm';
import { createRecord, type Deletable, updateRecord } from '../../api/areas';

/** "Sửa" and "Xóa" on a row, after the row's own actions (a point's next step). */
export function RowActions({
  what,
  onEdit,
  record,
  onDeleted,
  children,
}: {
  /** The row as a phrase: "điểm “Quán nước”", "vụ án #3". */
  what: string;
  onEdit(): void;
  /** Which row: its registry and id. */
  record: { registry: Deletable; id: number };
  onDeleted(): void;
  children?: ReactNode;
}) {
  return (
    <div className="point-steps">
      {children}
      <button type="button" className="button secondary" aria-label={`Sửa ${what}`} onClick={onEdit}>
        Sửa
      </button>
      <DeleteRecord record={record} what={what} onDeleted={onDeleted} />
    </div>
  );
}

/** The panel correcting one row; mount it with the row's id as key so each row gets its heading focused. */
export function EditPanel({ title, level = 3, children }: { title: string; level?: 2 | 3; children: ReactNode }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="panel area-new" aria-labelledby={id}>
      <Heading id={id} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

interface Options {
  spec: RegistrySpec;
  commune: string;
  /** The creation form's first values (a point's kind and today's date). */
  initial(): FormState;
  /** After a write: the message to show; the page reloads its rows. */
  changed(message: string): void;
  /** The message after recording, when not "Đã ghi nhận <noun>." */
  createdMessage?: string;
  /** Said above the correction form (what a correction does not change). */
  editHint?: string;
}

/** Recording and correcting the rows of one registry with the same form. */
export function useRegistryForms({ spec, commune, initial, changed, createdMessage, editHint }: Options) {
  const create = useSubmit();
  const edit = useSubmit();
  const [draft, setDraft] = useState<FormState>(initial);
  const [editing, setEditing] = useState<{ id: number; form: FormState } | null>(null);

  async function submitNew() {
    const body = { commune_code: commune, ...bodyOf(spec.fields, draft.values, false) };
    if (await create.run(() => createRecord(spec.path, body).then(() => {}))) {
      setDraft(initial());
      changed(createdMessage ?? `Đã ghi nhận ${spec.noun}.`);
    }
  }

  // A correction leaves out what moves on its own (a case's status, with its date).
  const editSpec = { ...spec, fields: spec.fields.filter((f) => !f.createOnly) };

  async function submitEdit() {
    if (!editing) return;
    const body = bodyOf(editSpec.fields, editing.form.values, true);
    if (await edit.run(() => updateRecord(spec.path, editing.id, body).then(() => {}))) {
      setEditing(null);
      changed(`Đã cập nhật ${spec.noun} #${editing.id}.`);
    }
  }

  return {
    startEdit(row: Row) {
      edit.setError({ message: '' });
      setEditing({ id: row.id, form: formOf(editSpec.fields, row) });
    },
    deleted(id: number, message: string) {
      if (editing?.id === id) setEditing(null);
      changed(message);
    },
    editPanel: editing && (
      <EditPanel key={editing.id} title={`Sửa ${spec.noun} #${editing.id}`}>
        {editHint && <p className="hint">{editHint}</p>}
        <RegistryForm
          spec={editSpec}
          commune={commune}
          state={editing.form}
          onState={(form) => setEditing({ ...editing, form })}
          error={edit.error}
          busy={edit.busy}
          submit="Lưu thay đổi"
          onSubmit={submitEdit}
          onCancel={() => setEditing(null)}
        />
      </EditPanel>
    ),
    createForm: (
      <RegistryForm
        spec={spec}
        commune={commune}
        state={draft}
        onState={setDraft}
        error={create.error}
        busy={create.busy}
        submit="Ghi nhận"
        onSubmit={submitNew}
      />
    ),
  };
}
