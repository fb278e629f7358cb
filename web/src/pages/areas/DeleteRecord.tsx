import { useState } from 'react';
import { ReasonDialog } from '../../components/ReasonDialog';
import { deleteRecord, type Deletable } from '../../api/areas';

interface Props {
  /** Which record: its registry and id. */
  record: { registry: Deletable; id: number };
  /** What is deleted, for the button and the dialog ("lần phát hiện #12"). */
  what: string;
  onDeleted(): void;
}

/** "Xóa" and a dialog asking why: the reason goes to the audit trail; a refusal (409) is shown in it. */
export function DeleteRecord({ record, what, onDeleted }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button danger" aria-label={`Xóa ${what}`} onClick={() => setOpen(true)}>
        Xóa
      </button>
      {open && (
        <ReasonDialog
          title={`Xóa ${what}`}
          submit="Xóa"
          className="area-dialog"
          onCancel={() => setOpen(false)}
          onConfirm={async (reason) => {
            await deleteRecord(record.registry, record.id, reason);
            setOpen(false);
            onDeleted();
          }}
        >
          <p>Bản ghi bị xóa không khôi phục được. Lý do xóa được ghi vào nhật ký cùng tên của bạn.</p>
        </ReasonDialog>
      )}
    </>
  );
}
