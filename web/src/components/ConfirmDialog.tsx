// A modal dialog before a formal or irreversible step (freezing a year's list, a decision): what will
// happen, the step's own fields if it has any, and the server's refusal shown in it. Cancel changes nothing.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Alert } from './Alert';
import { useSubmit } from '../lib/hooks';
import { FormButtons } from './FormButtons';

interface Props {
  title: string;
  /** What the step does and what cannot be undone, then its fields. */
  children: ReactNode;
  submit: string;
  danger?: boolean;
  /** Runs the step; a thrown API error stays in the dialog. */
  onConfirm(): Promise<void>;
  onCancel(): void;
}

export function ConfirmDialog({ title, children, submit, danger, onConfirm, onCancel }: Props) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const { busy, error, run } = useSubmit();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    await run(onConfirm);
  }

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
      <h2 id={`${id}-title`}>{title}</h2>
      <form onSubmit={onSubmit} noValidate>
        {children}
        <Alert>{error.message}</Alert>
        <FormButtons busy={busy} submit={submit} danger={danger} onCancel={onCancel} />
      </form>
    </dialog>
  );
}
