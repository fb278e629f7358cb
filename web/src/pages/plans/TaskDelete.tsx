// "Xóa" on a task of a saved plan, with a dialog asking why: the reason goes to the audit trail.
// A task an agency already reported on is refused by the server (its reports are the record of
// work done); the refusal is shown in the dialog.
import { useState } from 'react';
import { deleteTask, type Task } from '../../api/plans';
import { ReasonDialog } from '../../components/ReasonDialog';

export function TaskDelete({ task, onDeleted }: { task: Task; onDeleted(): void }) {
  const [open, setOpen] = useState(false);
  const name = `nhiệm vụ ${task.ref || `#${task.id}`}`;
  return (
    <>
      <button type="button" className="button small ghost danger-text" aria-label={`Xóa ${name}`} onClick={() => setOpen(true)}>
        Xóa
      </button>
      {open && (
        <ReasonDialog
          title={`Xóa ${name}`}
          submit="Xóa nhiệm vụ"
          onCancel={() => setOpen(false)}
          onConfirm={async (reason) => {
            await deleteTask(task.id, reason);
            setOpen(false);
            onDeleted();
          }}
        >
          <p>
            Các kỳ báo cáo chưa gửi của nhiệm vụ bị xóa theo. Nhiệm vụ đã có báo cáo của cơ quan thì không xóa được (hãy
            sửa nhiệm vụ). Lý do xóa được ghi vào nhật ký cùng tên của bạn.
          </p>
        </ReasonDialog>
      )}
    </>
  );
}
