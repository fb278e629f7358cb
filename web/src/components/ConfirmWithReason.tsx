// A destructive step that must say why (withdrawing an event, merging two records): the reason is
// required and goes to the audit trail with the action.
import { useState, type FormEvent } from 'react';
import { Alert } from './Alert';
import { useSubmit } from '../lib/hooks';
import { FormButtons } from './FormButtons';

interface Props {
  id: string;
  label: string;
  submit: string;
  /** Runs the action with the reason given; a thrown API error is shown under the field. */
  onConfirm(reason: string): Promise<void>;
  onCancel(): void;
}

export function ConfirmWithReason({ id, label, submit, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setError({ message: `Vui lòng nhập ${label.toLocaleLowerCase('vi')}.`, field: 'reason' });
      return;
    }
    await run(() => onConfirm(reason.trim()));
  }

  return (
    <form className="confirm-reason" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          value={reason}
          maxLength={500}
          aria-invalid={error.field === 'reason' || undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <Alert>{error.message}</Alert>
      <FormButtons busy={busy} submit={submit} danger onCancel={onCancel} />
    </form>
  );
}
