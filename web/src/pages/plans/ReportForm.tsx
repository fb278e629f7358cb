// An agency files its progress report for one period: status, narrative, quantitative results and
// evidence files (sent as base64 in the JSON body, at most 10 files and 15 MB each).
import { useState, type FormEvent } from 'react';
import { type FormError } from '../../api/client';
import { fileToBase64, submitReport, type Instance, type Progress, type Report, type ResultItem } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { SelectField, optionsOf } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useUnsavedChanges } from '../../components/UnsavedChanges';
import { useSubmit } from '../../lib/hooks';
import { PROGRESS_LABELS } from './labels';

const MAX_FILES = 10;
const MAX_FILE_BYTES = 15 * 1024 * 1024;
const MAX_TOTAL_BYTES = 14 * 1024 * 1024; // base64 grows by a third; the request limit is 20 MiB

interface Row {
  indicator: string;
  value: string;
  unit: string;
}

/**
 * A number when the user typed one, read the Vietnamese way first ("1.234,5", "12.500" = 12500,
 * "2,5"), then plainly ("12.5"); anything else is kept as the text typed.
 */
export function resultValue(text: string): number | string {
  const t = text.trim();
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

function check(rows: Row[], files: File[], narrative: string): FormError | null {
  if (!narrative.trim()) return { message: 'Vui lòng nêu kết quả thực hiện trong kỳ.', field: 'narrative' };
  const half = rows.findIndex((r) => !r.indicator.trim() && r.value.trim());
  if (half >= 0) return { message: `Kết quả ${half + 1}: vui lòng nhập tên chỉ tiêu.`, field: `results[${half}].indicator` };
  if (files.length > MAX_FILES) return { message: `Tối đa ${MAX_FILES} tệp kèm theo.`, field: 'files' };
  const big = files.find((f) => f.size > MAX_FILE_BYTES);
  if (big) return { message: `Tệp ${big.name} quá lớn (tối đa 15 MB).`, field: 'files' };
  if (files.reduce((n, f) => n + f.size, 0) > MAX_TOTAL_BYTES) {
    return { message: 'Tổng dung lượng tệp kèm theo quá lớn (tối đa 14 MB).', field: 'files' };
  }
  return null;
}

interface Props {
  instance: Instance;
  /** The report the standing office returned, whose comment the agency answers. */
  returned?: Report;
  onFiled(): void;
}

export function ReportForm({ instance, returned, onFiled }: Props) {
  const [progress, setProgress] = useState<Progress>(returned?.progress ?? 'in_progress');
  const [narrative, setNarrative] = useState(returned?.narrative ?? '');
  const [rows, setRows] = useState<Row[]>(
    () =>
      returned?.results.map((r) => ({ indicator: r.indicator, value: String(r.value ?? ''), unit: r.unit ?? '' })) ?? [
        { indicator: '', value: '', unit: '' },
      ],
  );
  const [files, setFiles] = useState<File[]>([]);
  const { busy, error, setError, run } = useSubmit();
  // A report being written is not stored until it is sent: leaving asks first.
  const unsaved = useUnsavedChanges(narrative.trim() !== (returned?.narrative ?? '').trim() || files.length > 0);
  const setRow = (i: number, changes: Partial<Row>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...changes } : r)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = check(rows, files, narrative);
    if (problem) {
      setError(problem);
      return;
    }
    const ok = await run(async () => {
      const results: ResultItem[] = rows
        .filter((r) => r.indicator.trim())
        .map((r) => ({ indicator: r.indicator.trim(), value: resultValue(r.value), ...(r.unit.trim() ? { unit: r.unit.trim() } : {}) }));
      const encoded = await Promise.all(
        files.map(async (f) => ({ name: f.name, content_type: f.type || 'application/octet-stream', content_base64: await fileToBase64(f) })),
      );
      await submitReport(instance.id, {
        progress,
        narrative: narrative.trim(),
        results,
        files: encoded,
      });
    });
    if (ok) {
      unsaved.allowNext();
      onFiled();
    }
  }

  return (
    <>
      {unsaved.prompt}
      <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="report-form-title">
        <h2 id="report-form-title">{returned ? 'Gửi lại báo cáo' : 'Gửi báo cáo'}</h2>
        {returned?.review_comment && (
          <Alert kind="info">
            Cơ quan thường trực đã trả lại báo cáo trước. Lý do: <strong>{returned.review_comment}</strong>
          </Alert>
        )}
        {instance.overdue && !instance.first_submitted_on && <Alert kind="info">Kỳ báo cáo này đã quá hạn; báo cáo gửi bây giờ được tính là trễ hạn.</Alert>}
        <Alert>{error.message}</Alert>
        <SelectField
          id="report-progress"
          label="Tiến độ thực hiện nhiệm vụ"
          value={progress}
          onValue={(v) => setProgress(v)}
          options={optionsOf(PROGRESS_LABELS)}
        />
        <div className="field">
          <label htmlFor="report-narrative">Kết quả thực hiện</label>
          <textarea
            id="report-narrative"
            rows={6}
            value={narrative}
            aria-invalid={error.field === 'narrative' || undefined}
            aria-describedby="report-narrative-hint"
            onChange={(e) => setNarrative(e.target.value)}
          />
          <p id="report-narrative-hint" className="hint">
            Những việc đã làm trong kỳ, khó khăn, vướng mắc và đề xuất.
          </p>
        </div>
        <fieldset>
          <legend>Kết quả định lượng</legend>
          {rows.map((r, i) => (
            <div className="filters result-row" key={i}>
              <TextField
                id={`result-${i}-indicator`}
                label={`Chỉ tiêu ${i + 1}`}
                value={r.indicator}
                onValue={(v) => setRow(i, { indicator: v })}
                invalid={error.field === `results[${i}].indicator`}
              />
              <TextField id={`result-${i}-value`} label="Giá trị" value={r.value} onValue={(v) => setRow(i, { value: v })} />
              <TextField id={`result-${i}-unit`} label="Đơn vị" value={r.unit} onValue={(v) => setRow(i, { unit: v })} />
              <div className="field">
                <button type="button" className="button ghost" onClick={() => setRows(rows.filter((_, k) => k !== i))}>
                  Xóa chỉ tiêu {i + 1}
                </button>
              </div>
            </div>
          ))}
          <div className="buttons">
            <button type="button" className="button secondary" onClick={() => setRows([...rows, { indicator: '', value: '', unit: '' }])}>
              Thêm chỉ tiêu
            </button>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="report-files">Tài liệu kèm theo</label>
          <input
            id="report-files"
            type="file"
            multiple
            aria-invalid={error.field?.startsWith('files') || undefined}
            aria-describedby="report-files-hint"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
          <p id="report-files-hint" className="hint">
            Văn bản, hình ảnh minh chứng: tối đa {MAX_FILES} tệp, mỗi tệp không quá 15 MB.
          </p>
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang gửi…' : returned ? 'Gửi lại báo cáo' : 'Gửi báo cáo'}
        </button>
      </form>
    </>
  );
}
