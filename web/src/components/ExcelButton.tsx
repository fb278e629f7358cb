import { useSubmit } from '../lib/hooks';
import { Alert } from './Alert';

/**
 * A table's "Tải Excel" (or a template's "Tải tệp mẫu"): downloads the workbook, or says why it could
 * not. `table` names it for screen readers when a page has several ("Tải Excel Vụ án ma túy").
 */
export function ExcelButton({
  download,
  table,
  label = 'Tải Excel',
}: {
  download: () => Promise<void>;
  table?: string;
  label?: string;
}) {
  const state = useSubmit();
  return (
    <>
      <button
        type="button"
        className="button secondary"
        aria-label={table ? `${label} ${table}` : undefined}
        disabled={state.busy}
        onClick={() => void state.run(download)}
      >
        {state.busy ? 'Đang tải…' : label}
      </button>
      <Alert>{state.error.message}</Alert>
    </>
  );
}
