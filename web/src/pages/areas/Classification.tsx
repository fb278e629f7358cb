import { Link } from 'react-router';
import { getClassification, type CommuneClassification, type KeyType } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { useQueryState } from '../../lib/searchParams';
import { KEY_TYPE_LABELS, currentEvaluationYear } from './labels';
import { ProvinceAssessment } from './ProvinceAssessment';
import { TriBadge } from './TriBadge';
import { YearSelect } from './year';
import './areas.css';
import { exportClassification } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

const TYPES: KeyType[] = ['I', 'II', 'III', 'none', 'insufficient_data'];

const columns = (year: string): Column<CommuneClassification>[] => [
  { label: 'Mã', render: (c) => c.code },
  { label: 'Xã, phường', render: (c) => <Link to={`/dia-ban/${c.code}?year=${year}`}>{c.name}</Link> },
  { label: 'Phân loại', render: (c) => KEY_TYPE_LABELS[c.type] ?? c.type },
  { label: 'Không ma túy', render: (c) => <TriBadge value={c.drug_free} /> },
  {
    label: 'Dân số',
    numeric: true,
    render: (c) =>
      c.facts.population === null || c.facts.population === undefined ? (
        <span className="muted">Chưa nhập</span>
      ) : (
        formatNumber(c.facts.population)
      ),
  },
];

export function Classification() {
  const [params, update] = useQueryState();
  const year = params.get('year') ?? String(currentEvaluationYear());
  const type = params.get('type') ?? '';

  const loaded = useLoad(() => getClassification({ year: Number(year) }), year);
  const communes = loaded.data?.communes ?? [];
  const count = (t: KeyType) => communes.filter((c) => c.type === t).length;
  const drugFree = communes.filter((c) => c.drug_free === true).length;

  return (
    <section>
      <PageHeader title="Địa bàn">
        <Link className="button secondary" to={`/dia-ban/khong-ma-tuy?year=${year}`}>
          Xã, phường không ma túy
        </Link>
        <Link className="button secondary" to="/dia-ban/tuyen">
          Tuyến trọng điểm
        </Link>
        <Link className="button secondary" to={`/dia-ban/ban-do?year=${year}`}>
          Bản đồ
        </Link>
        <Link className="button secondary" to={`/dia-ban/chi-tieu?year=${year}`}>
          Chỉ tiêu
        </Link>
      </PageHeader>
      <p>Phân loại xã, phường theo Quyết định 28/2025/QĐ-TTg, tính từ các sổ theo dõi của năm đánh giá.</p>
      <form className="filters area-filters" onSubmit={(e) => e.preventDefault()}>
        <YearSelect value={year} onValue={(v) => update({ year: v })} />
      </form>
      {loaded.error && <Alert>{loaded.error}</Alert>}
      {loaded.data && (
        <dl className="facts area-counts" aria-label="Số xã, phường theo phân loại">
          {TYPES.map((t) => (
            <div key={t}>
              <dt>{KEY_TYPE_LABELS[t]}</dt>
              <dd>{formatNumber(count(t))}</dd>
            </div>
          ))}
          <div>
            <dt>Không ma túy</dt>
            <dd>{formatNumber(drugFree)}</dd>
          </div>
        </dl>
      )}
      {loaded.data?.province && <ProvinceAssessment assessment={loaded.data.province} />}
      <h2>Xã, phường</h2>
      <form className="filters area-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="area-type"
          label="Phân loại"
          value={type}
          onValue={(v) => update({ type: v })}
          options={optionsOf(KEY_TYPE_LABELS)}
          empty="Tất cả"
        />
        <ExcelButton table={`Phân loại xã, phường năm ${year}`} download={() => exportClassification({ year: Number(year), type })} />
      </form>
      <Table
        caption={`Phân loại xã, phường năm ${year}`}
        columns={columns(year)}
        rows={type ? communes.filter((c) => c.type === type) : communes}
        rowKey={(c) => c.code}
        empty="Không có xã, phường nào trong phạm vi của bạn."
        loading={loaded.loading}
      />
    </section>
  );
}
