import { useState } from 'react';
import { request, withQuery } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';

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
        <ReasonDialog
          title={`Xóa ${what}`}
          submit="Xóa"
          className="area-dialog"
          onCancel={() => setOpen(false)}
          onConfirm={async (reason) => {
            await request('DELETE', withQuery(`/areas/${path}`, { reason }));
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
