// "Xóa" on a task of a saved plan, with a dialog asking why: the reason goes to the audit trail.
// A task an agency already reported on is refused by the server (its reports are the record of
// work done); the refusal is shown in the dialog.
import { useEffect, useId, useRef, useState } from 'react';
import { request, withQuery } from '../../api/client';
import type { Task } from '../../api/plans';
import { ConfirmWithReason } from '../people/ConfirmWithReason';

export function TaskDelete({ task, onDeleted }: { task: Task; onDeleted(): void }) {
  const [open, setOpen] = useState(false);
  const name = `nhiệm vụ ${task.ref || `#${task.id}`}`;
  return (
    <>
      <button type="button" className="button small ghost danger-text" aria-label={`Xóa ${name}`} onClick={() => setOpen(true)}>
        Xóa
      </button>
      {open && (
        <DeleteDialog
          name={name}
          onCancel={() => setOpen(false)}
          onConfirm={async (reason) => {
            await request('DELETE', withQuery(`/tasks/${task.id}`, { reason }));
            setOpen(false);
            onDeleted();
          }}
        />
      )}
    </>
  );
}

function DeleteDialog({ name, onConfirm, onCancel }: { name: string; onConfirm(reason: string): Promise<void>; onCancel(): void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>Xóa {name}</h2>
      <p>
        Các kỳ báo cáo chưa gửi của nhiệm vụ bị xóa theo. Nhiệm vụ đã có báo cáo của cơ quan thì không xóa được (hãy sửa
        nhiệm vụ). Lý do xóa được ghi vào nhật ký cùng tên của bạn.
      </p>
      <ConfirmWithReason id={`${id}-reason`} label="Lý do xóa" submit="Xóa nhiệm vụ" onConfirm={onConfirm} onCancel={onCancel} />
    </dialog>
  );
}
