import { useState, type FormEvent } from 'react';
import { useUser } from '../../auth';
import { api, request } from '../../api/client';
import type { Roadmap as RoadmapData, RoadmapYear } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../hooks';
import { formatNumber } from '../../labels';
import { canAreas } from './access';

const percent = (bp: number) => `${formatNumber(bp / 100)}%`;

const columns: Column<RoadmapYear>[] = [
  { label: 'Năm', render: (r) => r.year },
  {
    label: 'Chỉ tiêu',
    render: (r) =>
      r.target_communes === null ? (
        <span className="muted">Chưa đặt</span>
      ) : (
        `${formatNumber(r.target_communes)} xã${r.target_share_bp !== null ? ` (${percent(r.target_share_bp)})` : ''}`
      ),
  },
  { label: 'Đã công nhận', render: (r) => `${formatNumber(r.approved)} xã (${percent(r.approved_share_bp)})` },
  {
    label: 'Kết quả',
    render: (r) =>
      r.met === null ? <span className="muted">—</span> : r.met ? <span className="tag tag-on">Đạt</span> : <span className="tag tag-off">Chưa đạt</span>,
  },
];

/** Yearly targets of drug-free communes up to 2030 against the approved ones. */
export function Roadmap() {
  const user = useUser();
  const roadmap = useLoad(() => api.get<RoadmapData>('/areas/roadmap'), 'roadmap');
  const save = useSubmit();
  const [year, setYear] = useState('');
  const [share, setShare] = useState('');
  const [done, setDone] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const bp = Math.round(Number(share.replace(',', '.')) * 100);
    if (await save.run(() => request('PUT', `/areas/roadmap/${year}`, { body: { target_share_bp: bp } }).then(() => {}))) {
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
