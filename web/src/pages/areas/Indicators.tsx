import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { downloadFile } from '../../api/plans';
import { getIndicators, indicatorsExportUrl, setIndicatorTarget, type IndicatorCode, type IndicatorCommune, type IndicatorResult, type IndicatorsRun, type IndicatorTarget, type Met } from '../../api/areasIndicators';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatDateTime, formatNumber, formatShareBp as percent } from '../../lib/format';
import { useQueryState } from '../../lib/searchParams';
import { currentEvaluationYear } from './labels';
import { YearSelect } from './year';
import './areas.css';
import './indicators.css';

/** Short names for the table's columns; the cards use the server's full label. */
const SHORT: Record<IndicatorCode, string> = {
  cases_change: 'Số vụ phát hiện',
  cases_resolved: 'Vụ án được giải quyết',
  points_eliminated: 'Điểm, tụ điểm triệt xóa',
  retail_change: 'Điểm bán lẻ',
  reformed_points: 'Tái hình thành',
  border_drug_free: 'Xã biên giới không ma túy',
};

const MET_LABELS: Record<Met, string> = { met: 'Đạt', not_met: 'Chưa đạt', no_data: 'Chưa có số liệu' };

const isCount = (t: { comparison: IndicatorTarget['comparison'] }) => t.comparison === 'count_at_most';
const signed = (bp: number) => `${bp > 0 ? '+' : ''}${percent(bp)}`;
const isoDate = (iso: string) => iso.split('-').reverse().join('/');

/** Met / not met / no data, in words (never colour alone). */
function MetBadge({ met }: { met: Met }) {
  const kind = met === 'no_data' ? 'badge' : met === 'met' ? 'tag tag-on' : 'tag tag-off';
  return <span className={kind}>{MET_LABELS[met]}</span>;
}

/** What the target asks, in words: "Tăng từ 5% trở lên", "Trên 90%", "Không có". */
function targetText(t: IndicatorTarget): string {
  const v = t.value;
  switch (t.comparison) {
    case 'change_at_least':
      return v >= 0 ? `Tăng từ ${percent(v)} trở lên` : `Không giảm quá ${percent(-v)}`;
    case 'change_at_most':
      return v <= 0 ? `Giảm từ ${percent(-v)} trở lên` : `Tăng không quá ${percent(v)}`;
    case 'share_above':
      return `Trên ${percent(v)}`;
    case 'share_at_least':
      return v === 10000 ? 'Đạt 100%' : `Từ ${percent(v)} trở lên`;
    case 'count_at_most':
      return v === 0 ? 'Không có' : `Không quá ${formatNumber(v)}`;
  }
}

/** The numbers behind a result: "21 so với 20 (+5%)", "18/21 (85,71%)", "1"; "—" over nothing. */
function valueText(r: IndicatorResult): string {
  if (r.count !== undefined) return formatNumber(r.count);
  if (r.current !== undefined) {
    // Over a previous 0 no percentage exists: the numbers alone, the badge says "Chưa có số liệu".
    const change = r.change_bp === null || r.change_bp === undefined ? '' : ` (${signed(r.change_bp)})`;
    return `${formatNumber(r.current)} so với ${formatNumber(r.previous ?? 0)}${change}`;
  }
  if (!r.whole) return '—';
  return `${formatNumber(r.part ?? 0)}/${formatNumber(r.whole)} (${percent(r.share_bp ?? 0)})`;
}

/** Where the target in force comes from: the plan (collapsed, it is long) or the province, by whom and when. */
function Origin({ target: t }: { target: IndicatorTarget }) {
  if (t.origin === 'default')
    return (
      <details className="muted indicator-origin">
        <summary>Mặc định theo kế hoạch</summary>
        {t.source}
      </details>
    );
  const when = t.set_at ? formatDateTime(new Date(t.set_at * 1000).toISOString()) : '';
  return (
    <p className="muted indicator-origin">
      Chỉ tiêu riêng của tỉnh từ năm {t.from_year}, do {t.set_by || 'không rõ'} đặt lúc {when}
      {t.note ? ` — ${t.note}` : ''}
    </p>
  );
}

function SummaryCard({ target, result }: { target: IndicatorTarget; result: IndicatorResult }) {
  return (
    <article className="panel indicator-card" aria-label={target.label}>
      <h3>{target.label}</h3>
      <p className="indicator-value">{valueText(result)}</p>
      <p>
        Chỉ tiêu: {targetText(target)} <MetBadge met={result.met} />
      </p>
      <Origin target={target} />
    </article>
  );
}

function TargetForm({ year, targets, onSaved }: { year: number; targets: IndicatorTarget[]; onSaved(): void }) {
  const save = useSubmit();
  const [code, setCode] = useState<IndicatorCode>('cases_change');
  const [fromYear, setFromYear] = useState(String(year));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState('');
  const target = targets.find((t) => t.indicator === code);
  const count = target ? isCount(target) : false;

  async function send(body: { value: number | null }) {
    setDone('');
    const ok = await save.run(() =>
      setIndicatorTarget(code, { ...body, from_year: Number(fromYear), note }).then(() => {}),
    );
    if (ok) {
      setDone(body.value === null ? 'Đã dùng lại chỉ tiêu mặc định.' : 'Đã lưu chỉ tiêu riêng của tỉnh.');
      onSaved();
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const n = Number(value.replace(',', '.'));
    void send({ value: count ? Math.round(n) : Math.round(n * 100) });
  }

  return (
    <details className="panel area-new">
      <summary>Đặt chỉ tiêu riêng của tỉnh</summary>
      <form className="form" onSubmit={submit}>
        {done && <Alert kind="success">{done}</Alert>}
        <Alert>{save.error.message}</Alert>
        <SelectField
          id="indicator-code"
          label="Chỉ tiêu"
          value={code}
          onValue={(v) => setCode(v as IndicatorCode)}
          options={targets.map((t) => ({ value: t.indicator, label: t.label }))}
        />
        <TextField
          id="indicator-from"
          label="Áp dụng từ năm"
          inputMode="numeric"
          value={fromYear}
          onValue={setFromYear}
          required
        />
        <TextField
          id="indicator-value"
          label={count ? 'Số điểm tối đa' : 'Giá trị (%)'}
          inputMode="decimal"
          value={value}
          onValue={setValue}
          hint={
            count
              ? 'Ví dụ 0: không để điểm, tụ điểm nào tái hình thành.'
              : 'Tăng ghi số dương, giảm ghi số âm: 5 là tăng 5%, -5 là giảm 5%; tỷ lệ: 90 là 90%.'
          }
          invalid={save.error.field === 'value'}
          required
        />
        <TextField id="indicator-note" label="Căn cứ (văn bản, ghi chú)" value={note} onValue={setNote} />
        <div className="buttons">
          <button type="submit" className="button primary" disabled={save.busy}>
            Lưu chỉ tiêu
          </button>
          <button type="button" className="button secondary" disabled={save.busy} onClick={() => void send({ value: null })}>
            Dùng lại mặc định từ năm này
          </button>
        </div>
      </form>
    </details>
  );
}

const communeColumns = (run: IndicatorsRun): Column<IndicatorCommune>[] => [
  { label: 'Xã, phường', render: (c) => <Link to={`/dia-ban/${c.code}?year=${run.year}`}>{c.name}</Link> },
  ...run.targets.map(
    (t): Column<IndicatorCommune> => ({
      label: SHORT[t.indicator],
      render: (c) => {
        const r = c.indicators.find((i) => i.indicator === t.indicator);
        if (!r) return null;
        if (t.indicator === 'border_drug_free' && !c.is_border) return <span className="muted">Không phải xã biên giới</span>;
        return (
          <span className="indicator-cell">
            {valueText(r)} <MetBadge met={r.met} />
          </span>
        );
      },
    }),
  ),
];

/** Chỉ tiêu: the plans' indicators of a year, for the province (or the commune) and each commune. */
export function Indicators() {
  const [params, update] = useQueryState();
  const year = params.get('year') ?? String(currentEvaluationYear());
  const loaded = useLoad(() => getIndicators(year), year);
  const run = loaded.data;
  const download = useSubmit();

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/dia-ban?year=${year}`}>Địa bàn</Link> › Chỉ tiêu
      </p>
      <PageHeader title="Chỉ tiêu">
        <button
          type="button"
          className="button secondary"
          disabled={download.busy}
          onClick={() =>
            void download.run(() => downloadFile(indicatorsExportUrl(year), `chi-tieu-${year}.xlsx`))
          }
        >
          Tải Excel
        </button>
      </PageHeader>
      <Alert>{download.error.message}</Alert>
      <p>
        Các chỉ tiêu của kế hoạch phòng, chống ma túy, tính từ các sổ theo dõi theo năm đánh giá (từ 15/12 năm trước
        đến 14/12) và so với năm trước.
      </p>
      <form className="filters area-filters" onSubmit={(e) => e.preventDefault()}>
        <YearSelect value={year} onValue={(v) => update({ year: v })} />
      </form>
      <Alert>{loaded.error}</Alert>
      {run && (
        <>
          <p className="muted">
            Năm {run.year}: {isoDate(run.window.from)} – {isoDate(run.window.to)}; năm trước:{' '}
            {isoDate(run.previous_window.from)} – {isoDate(run.previous_window.to)}.{' '}
            {run.scope === 'province'
              ? `Toàn tỉnh (${formatNumber(run.total.communes)} xã, phường).`
              : 'Số liệu của xã, phường bạn phụ trách.'}
          </p>
          <h2>{run.scope === 'province' ? 'Toàn tỉnh' : 'Xã, phường của bạn'}</h2>
          <div className="indicator-cards">
            {run.targets.map((t) => {
              const r = run.total.indicators.find((i) => i.indicator === t.indicator);
              return r ? <SummaryCard key={t.indicator} target={t} result={r} /> : null;
            })}
          </div>
          {run.can_set_targets && <TargetForm year={run.year} targets={run.targets} onSaved={loaded.reload} />}
          <h2>Theo xã, phường</h2>
        </>
      )}
      <Table
        caption={`Chỉ tiêu theo xã, phường năm ${year}`}
        columns={run ? communeColumns(run) : []}
        rows={run?.communes ?? []}
        rowKey={(c) => c.code}
        empty="Không có xã, phường nào trong phạm vi của bạn."
        loading={loaded.loading}
      />
    </section>
  );
}
