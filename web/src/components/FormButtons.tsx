/**
 * A form's button row: the submit button, disabled while the request runs (with `busyText` on it then),
 * and "Hủy" when the form can be closed. `danger` for a submit that removes something.
 */
export function FormButtons({ busy, submit, busyText, danger, onCancel }: {
  busy: boolean;
  submit: string;
  busyText?: string;
  danger?: boolean;
  onCancel?(): void;
}) {
  return (
    <div className="buttons">
      <button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} disabled={busy}>
        {busy && busyText ? busyText : submit}
      </button>
      {onCancel && (
        <button type="button" className="button secondary" onClick={onCancel}>
          Hủy
        </button>
      )}
    </div>
  );
}
