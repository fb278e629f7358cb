import { useEffect, useId, useRef, useState } from 'react';
import { request, withQuery } from '../../api/client';
import { ConfirmWithReason } from '../people/ConfirmWithReason';

interface Props {
  /** The record's API path under /areas, e.g. "plant-finds/12". */
  path: string;
  /** What is deleted, for the button and the dialog ("lần phát hiện #12"). */
  what: string;
  onDeleted(): void;
}

/** "Xóa" and a dialog asking why: the reason goes to the audit trail; a refusal (409) is shown in it. */
export function DeleteRecord({ path, what, onDeleted }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button danger" aria-label={`Xóa ${what}`} onClick={() => setOpen(true)}>
        Xóa
      </button>
      {open && (
        <DeleteDialog
          what={what}
          onCancel={() => setOpen(false)}
          onConfirm={async (reason) => {
            await request('DELETE', withQuery(`/areas/${path}`, { reason }));
            setOpen(false);
            onDeleted();
          }}
        />
      )}
    </>
  );
}

function DeleteDialog({ what, onConfirm, onCancel }: { what: string; onConfirm(reason: string): Promise<void>; onCancel(): void }) {
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
      className="dialog area-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>Xóa {what}</h2>
      <p>Bản ghi bị xóa không khôi phục được. Lý do xóa được ghi vào nhật ký cùng tên của bạn.</p>
      <ConfirmWithReason id={`${id}-reason`} label="Lý do xóa" submit="Xóa" onConfirm={onConfirm} onCancel={onCancel} />
    </dialog>
  );
}
