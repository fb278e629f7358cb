// The one-click consolidated report: "Báo cáo kết quả thực hiện Kế hoạch số ..."
// for a period, as a Word document or an Excel workbook.
import { useState } from 'react';
import { downloadFile, planExportUrl, type PlanDetail } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { DateInput } from '../../components/DateInput';
import { useSubmit } from '../../lib/hooks';
import { todayInVietnam } from '../../lib/format';

/**
 * The period starts at the plan's date, or earlier when a task was due before the plan was issued
 * (it happens: "đến hết ngày 30/6/2025" in a plan of 21/7/2025); the export selects reports by due
 * date, so a later start would leave those reports out.
 */
export function defaultPeriodStart(plan: PlanDetail): string {
  let start = plan.document.date;
  for (const t of plan.tasks) if (t.due.date && t.due.date < start) start = t.due.date;
  return start;
}

export function PlanExport({ plan }: { plan: PlanDetail }) {
  const [from, setFrom] = useState(() => defaultPeriodStart(plan));
  const [to, setTo] = useState(todayInVietnam());
  const { busy, error, run } = useSubmit();

  function download(format: 'docx' | 'xlsx') {
    void run(() =>
      downloadFile(planExportUrl(plan.id, format, { from, to }), `bao-cao-ke-hoach-${plan.id}.${format}`),
    );
  }

  return (
    <section aria-labelledby="export-title" className="panel">
      <h2 id="export-title">Báo cáo tổng hợp</h2>
      <p className="hint">
        Báo cáo kết quả thực hiện Kế hoạch số {plan.document.number} trong kỳ: theo từng mục và nhiệm vụ, các cơ quan,
        tình trạng và tóm tắt báo cáo của họ.
      </p>
      <Alert>{error.message}</Alert>
      <div className="filters">
        <DateInput id="export-from" label="Từ ngày" value={from} onValue={setFrom} invalid={error.field === 'from'} />
        <DateInput id="export-to" label="Đến ngày" value={to} onValue={setTo} invalid={error.field === 'to'} />
      </div>
      <div className="buttons export-buttons">
        <button type="button" className="button primary" disabled={busy} onClick={() => download('docx')}>
          Tải báo cáo Word (DOCX)
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={() => download('xlsx')}>
          Tải báo cáo Excel (XLSX)
        </button>
      </div>
    </section>
  );
}
