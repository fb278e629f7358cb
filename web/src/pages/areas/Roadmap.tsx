import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { setRoadmapTarget, type RoadmapYear } from '../../api/areas';
import { getClosestCommunes, getRoadmapOutlook, type ClosestCommune, type ProjectedYear, type RoadmapOutlook } from '../../api/areasMap';
import { Alert } from '../../components/Alert';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatNumber, formatShareBp as percent } from '../../lib/format';
import { canAreas } from '../../lib/access/areas';
import { currentEvaluationYear } from './labels';
import './map.css';


const columns: Column<RoadmapYear>[] = [
  { label: 'Năm', render: (r) => r.year },
  {
    label: 'Chỉ tiêu',
    render: (r) =>
      r.target_communes === null ? (
        <span className="muted">Chưa đặt</span>
      ) : (
        `${formatNumber(r.target_communes)} xã${r.target_share_bp != null ? ` (${percent(r.target_share_bp)})` : ''}`
      ),
  },
  { label: 'Đã công nhận', render: (r) => `${formatNumber(r.approved)} xã (${percent(r.approved_share_bp)})` },
  {
    label: 'Kết quả',
    render: (r) =>
      r.year > currentEvaluationYear() ? (
        <span className="muted">Chưa đến kỳ</span>
      ) : r.met === null ? (
        <span className="muted">—</span>
      ) : r.met ? (
        <span className="tag tag-on">Đạt</span>
      ) : (
        <span className="tag tag-off">Chưa đạt</span>
      ),
  },
];

const projectionColumns: Column<ProjectedYear>[] = [
  { label: 'Năm', render: (y) => y.year },
  { label: 'Dự báo theo xu hướng', numeric: true, render: (y) => `${formatNumber(y.communes)} xã` },
  {
    label: 'Chỉ tiêu',
    numeric: true,
    render: (y) => (y.target_communes === null ? <span className="muted">Chưa đặt</span> : `${formatNumber(y.target_communes)} xã`),
  },
  {
    label: 'So với chỉ tiêu',
    render: (y) =>
      y.target_communes === null ? (
        <span className="muted">—</span>
      ) : y.communes >= y.target_communes ? (
        <span className="tag tag-on">Dự báo đạt</span>
      ) : (
        <span className="tag tag-off">Dự báo thiếu {formatNumber(y.target_communes - y.communes)} xã</span>
      ),
  },
];

/** The trend of approved drug-free communes carried to 2030, labelled as a projection, never as a result. */
export function RoadmapProjection({ outlook }: { outlook: RoadmapOutlook }) {
  const p = outlook.projection;
  const history = p.history.map((h) => `${h.year}: ${formatNumber(h.communes)} xã`).join('; ');
  return (
    <section className="projection" aria-labelledby="projection-title">
      <h3 id="projection-title">Dự báo theo xu hướng đến năm {p.horizon}</h3>
      {!p.enough_history ? (
        <p className="muted">
          Chưa đủ số liệu để dự báo: cần kết quả công nhận xã, phường không ma túy của ít nhất 2 năm
          {history ? ` (hiện có ${history})` : ''}.
        </p>
      ) : (
        <>
          <p className="projection-note">
            <strong>Đây là dự báo</strong>, kéo dài xu hướng tuyến tính (bình phương tối thiểu) của số xã được công nhận
            các năm trước ({history}), khoảng {p.slope_per_year >= 0 ? '+' : ''}
            {formatNumber(Math.round(p.slope_per_year * 10) / 10)} xã mỗi năm; không phải kết quả đánh giá.
          </p>
          <Table
            caption="Dự báo số xã, phường không ma túy theo xu hướng"
            columns={projectionColumns}
            rows={p.years}
            rowKey={(y) => y.year}
            empty={`Đã có kết quả đến năm ${p.horizon}.`}
          />
        </>
      )}
    </section>
  );
}

/** "còn 2 …" per unmet criterion; the criterion's letter and article stay visible for the record. */
function Missing({ commune }: { commune: ClosestCommune }) {
  return (
    <ul className="closest-missing">
      {commune.missing.map((m) => (
        <li key={m.criterion} title={m.source}>
          Tiêu chí {m.criterion}: {m.text}
        </li>
      ))}
    </ul>
  );
}

/** The communes closest to drug-free in a year: where leaders can focus resources. */
export function ClosestCommunes({ year, limit = 10 }: { year: number; limit?: number }) {
  const closest = useLoad(
    () => getClosestCommunes(year, limit),
    `${year}|${limit}`,
  );
  const columns: Column<ClosestCommune>[] = [
    { label: 'Xã, phường', render: (c) => <Link to={`/dia-ban/${c.code}?year=${year}`}>{c.name}</Link> },
    {
      label: 'Tiêu chí chưa đạt',
      numeric: true,
      render: (c) => `${c.unmet}/3${c.undecided ? ` (+${c.undecided} thiếu dữ liệu)` : ''}`,
    },
    { label: 'Còn thiếu', render: (c) => <Missing commune={c} /> },
  ];
  return (
    <section className="closest" aria-labelledby={`closest-title-${limit}`}>
      <h3 id={`closest-title-${limit}`}>Xã, phường gần đạt tiêu chí không ma túy năm {year}</h3>
      <p className="muted">
        Xếp theo số tiêu chí (Điều 6 QĐ 28/2025/QĐ-TTg) chưa đạt, rồi theo số trường hợp còn vượt ngưỡng.
        {closest.data ? ` ${formatNumber(closest.data.total)} xã, phường chưa đạt.` : ''}
      </p>
      <Alert>{closest.error}</Alert>
      <Table
        caption={`Xã, phường gần đạt tiêu chí không ma túy năm ${year}`}
        columns={columns}
        rows={closest.data?.items ?? []}
        rowKey={(c) => c.code}
        empty="Mọi xã, phường đều đạt tiêu chí không ma túy."
        loading={closest.loading}
      />
    </section>
  );
}

/** Yearly targets of drug-free communes up to 2030 against the approved ones. */
export function Roadmap() {
  const user = useUser();
  const [params] = useSearchParams();
  const evaluationYear = Number(params.get('year')) || currentEvaluationYear();
  const roadmap = useLoad(() => getRoadmapOutlook(), 'roadmap');
  const save = useSubmit();
  const [year, setYear] = useState('');
  const [share, setShare] = useState('');
  const [done, setDone] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const bp = Math.round(Number(share.replace(',', '.')) * 100);
    if (await save.run(() => setRoadmapTarget(year, { target_share_bp: bp }).then(() => {}))) {
      setDone(`Đã đặt chỉ tiêu năm ${year}.`);
      roadmap.reload();
    }
  }

  return (
    <section aria-labelledby="roadmap-title">
      <h2 id="roadmap-title">Lộ trình xây dựng xã, phường không ma túy</h2>
      {roadmap.data && <p>Toàn tỉnh có {formatNumber(roadmap.data.commune_count)} xã, phường.</p>}
      {roadmap.error && <Alert>{roadmap.error}</Alert>}
      <Table
        caption="Chỉ tiêu và kết quả theo năm"
        columns={columns}
        rows={roadmap.data?.items ?? []}
        rowKey={(r) => r.year}
        empty="Chưa đặt chỉ tiêu năm nào."
        loading={roadmap.loading}
      />
      {roadmap.data && <RoadmapProjection outlook={roadmap.data} />}
      <ClosestCommunes year={evaluationYear} />
      {canAreas.setTarget(user) && (
        <details className="panel area-new">
          <summary>Đặt chỉ tiêu một năm</summary>
          <form className="form" onSubmit={submit}>
            {done && <Alert kind="success">{done}</Alert>}
            <Alert>{save.error.message}</Alert>
            <TextField id="target-year" label="Năm" inputMode="numeric" value={year} onValue={setYear} required />
            <TextField
              id="target-share"
              label="Tỷ lệ xã, phường không ma túy (%)"
              inputMode="decimal"
              value={share}
              onValue={setShare}
              required
            />
            <button type="submit" className="button primary" disabled={save.busy}>
              Lưu chỉ tiêu
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
