// A modal dialog for a destructive step that must say why (deleting a record, a task): what will
// happen, the required reason, and the server's refusal shown in it. The reason goes to the audit trail.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { ConfirmWithReason } from './ConfirmWithReason';

interface Props {
  title: string;
  /** What the step does and what it keeps. */
  children: ReactNode;
  submit: string;
  className?: string;
  onConfirm(reason: string): Promise<void>;
  onCancel(): void;
}

export function ReasonDialog({ title, children, submit, className = '', onConfirm, onCancel }: Props) {
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
      className={`dialog ${className}`.trim()}
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <ConfirmWithReason id={`${id}-reason`} label="Lý do xóa" submit={submit} onConfirm={onConfirm} onCancel={onCancel} />
    </dialog>
  );
}
