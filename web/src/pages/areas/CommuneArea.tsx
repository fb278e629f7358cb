import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { getCommuneClassification, listDrugFree, type CommuneClassification, type CommuneRecords } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { Table, type Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { formatNumber, scalarText } from '../../lib/format';
import { NotFound } from '../NotFound';
import { AtRisk } from './AtRisk';
import { CRITERION_LABELS, FACT_LABELS, KEY_TYPE_LABELS, currentEvaluationYear } from './labels';
import { Points } from './Points';
import { REGISTRIES } from './registries';
import { Registry } from './Registry';
import { TriBadge } from './TriBadge';
import { YearSelect } from './year';
import './areas.css';

interface CriterionRow {
  id: string;
  met: boolean | null;
  source: string;
}

const criterionColumns: Column<CriterionRow>[] = [
  { label: 'Tiêu chí', render: (r) => r.id.replace('drug_free.', '') },
  { label: 'Nội dung', render: (r) => CRITERION_LABELS[r.id] ?? r.id },
  // A key-area criterion met is bad news; a drug-free criterion met is good news.
  { label: 'Kết quả', render: (r) => <TriBadge value={r.met} metIsBad={!r.id.startsWith('drug_free.')} /> },
  { label: 'Căn cứ', render: (r) => <span className="muted">{r.source}</span> },
];

function criterionRows(c: CommuneClassification): CriterionRow[] {
  const sources = c.sources ?? {};
  const keyRows = Object.entries(c.criteria).map(([id, met]) => ({ id, met, source: sources[id] ?? '' }));
  const undecided = new Set(c.drug_free_undecided ?? []);
  const unmet = new Set(c.drug_free_unmet);
  const freeRows = ['a', 'b', 'c'].map((k) => ({
    id: `drug_free.${k}`,
    met: undecided.has(k) ? null : !unmet.has(k),
    source: sources[`drug_free.${k}`] ?? '',
  }));
  return [...keyRows, ...freeRows];
}

function factValue(value: unknown): string {
  if (value === null || value === undefined) return 'Chưa nhập';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumber(value);
  return scalarText(value);
}

const RECORD_LABELS: Record<keyof CommuneRecords, string> = {
  points: 'Điểm, tụ điểm',
  offenders: 'Đối tượng bị bắt giữ',
  plant_finds: 'Phát hiện cây có chứa chất ma túy',
  wanted: 'Đối tượng truy nã',
  routes: 'Tuyến trọng điểm',
};

/** Where on this page each kind of record is listed (its section's heading). */
const RECORD_SECTIONS: Record<Exclude<keyof CommuneRecords, 'routes'>, string> = {
  points: 'points-title',
  offenders: 'reg-offenders-title',
  plant_finds: 'reg-plant-finds-title',
  wanted: 'reg-wanted-title',
};

export function CommuneArea() {
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? String(currentEvaluationYear());
  const loaded = useLoad(
    () => getCommuneClassification(code, year),
    `${code}|${year}`,
  );

  // The commune's drug-free assessment of the year: approved yet failing a criterion today is at risk.
  const assessments = useLoad(() => listDrugFree(year), `${code}|${year}`);
  const approved = (assessments.data?.items ?? []).some((a) => a.commune_code === code && a.status === 'approved');

  if (loaded.failure instanceof ApiError && loaded.failure.status === 404) return <NotFound what="Xã, phường" />;
  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  const detail = loaded.data;
  if (!detail) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }
  const c = detail.commune;

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/dia-ban?year=${year}`}>Địa bàn</Link> › {c.name}
      </p>
      <PageHeader title={c.name}>
        <Link className="button secondary" to={`/dia-ban/ban-do?year=${year}`}>
          Xem trên bản đồ
        </Link>
      </PageHeader>
      <form className="filters area-filters" onSubmit={(e) => e.preventDefault()}>
        <YearSelect value={year} onValue={(v) => setParams({ year: v }, { replace: true })} />
      </form>
      <dl className="facts">
        <div>
          <dt>Phân loại năm {detail.year}</dt>
          <dd>{KEY_TYPE_LABELS[c.type] ?? c.type}</dd>
        </div>
        <div>
          <dt>Không ma túy</dt>
          <dd>
            <TriBadge value={c.drug_free} />
          </dd>
        </div>
        {Object.entries(c.facts).map(([key, value]) => (
          <div key={key}>
            <dt>{FACT_LABELS[key] ?? key}</dt>
            <dd>{factValue(value)}</dd>
          </div>
        ))}
      </dl>
      {approved && (
        <div className="panel at-risk-panel" role="status">
          <strong>Đã được công nhận xã, phường không ma túy năm {detail.year}</strong>
          {c.drug_free === true ? (
            <p>Hiện vẫn đạt đủ ba tiêu chí (Điều 6 QĐ 28/2025/QĐ-TTg).</p>
          ) : (
            <AtRisk commune={c} />
          )}
        </div>
      )}
      {c.missing && c.missing.length > 0 && (
        <Alert kind="info">
          Thiếu dữ liệu: {c.missing.map((m) => FACT_LABELS[m] ?? m).join(', ')}. Các tiêu chí phụ thuộc được ghi
          “Thiếu dữ liệu”, không tính là 0.
        </Alert>
      )}

      <h2>Tiêu chí</h2>
      <Table
        caption={`Tiêu chí phân loại của ${c.name}`}
        columns={criterionColumns}
        rows={criterionRows(c)}
        rowKey={(r) => r.id}
        empty="Không có tiêu chí."
      />

      <h2>Hồ sơ làm căn cứ</h2>
      <ul className="area-records">
        {(Object.keys(RECORD_LABELS) as (keyof CommuneRecords)[]).map((k) => (
          <li key={k}>
            {RECORD_LABELS[k]}:{' '}
            {detail.records[k].length === 0 ? (
              'không có'
            ) : k === 'routes' ? (
              <Link to="/dia-ban/tuyen">{detail.records[k].map((id) => `#${id}`).join(', ')}</Link>
            ) : (
              <a href={`#${RECORD_SECTIONS[k]}`}>{detail.records[k].map((id) => `#${id}`).join(', ')}</a>
            )}
          </li>
        ))}
      </ul>

      <Points commune={c.code} counted={detail.records.points} onChange={loaded.reload} />
      {REGISTRIES.map((spec) => (
        <Registry
          key={spec.path}
          spec={spec}
          commune={c.code}
          counted={spec.records ? detail.records[spec.records] : undefined}
          onChange={loaded.reload}
        />
      ))}
    </section>
  );
}
