import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { AreaPoint, PointKind, PointStatus } from '../../api/areas';
import type { Page } from '../../api/types';
import { Alert } from '../../components/Alert';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../hooks';
import { countedColumn } from './counted';
import { PointHistoryToggle } from './PointHistory';
import { POINT_KIND_LABELS, POINT_NEXT_ACTION, POINT_STATUS_LABELS, POINT_STEPS } from './labels';

/** The field that keeps the day a point reached each status. */
const STATUS_DATE: Record<PointStatus, 'found_date' | 'verified_date' | 'dismantling_date' | 'eliminated_date' | 'watched_date'> = {
  found: 'found_date',
  verified: 'verified_date',
  being_dismantled: 'dismantling_date',
  eliminated: 'eliminated_date',
  watched: 'watched_date',
};

/** Today in Vietnam (UTC+7), the day the server judges dates by. */
function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The commune's points and hotspots: record one, and move it along found → … → watched. */
export function Points({ commune, counted, onChange }: { commune: string; counted: number[]; onChange(): void }) {
  const points = useLoad(
    () => api.get<Page<AreaPoint>>('/areas/points', { commune, page_size: 200 }),
    commune,
  );
  const step = useSubmit();
  const create = useSubmit();
  const [kind, setKind] = useState<PointKind>('use_point');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [foundDate, setFoundDate] = useState(today());
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [done, setDone] = useState('');

  function changed(message: string) {
    setDone(message);
    points.reload();
    onChange();
  }

  async function advance(p: AreaPoint) {
    const next = POINT_STEPS[POINT_STEPS.indexOf(p.status) + 1];
    if (!next) return;
    const ok = await step.run(() => api.post(`/areas/points/${p.id}/status`, { status: next, date: today() }).then(() => {}));
    if (ok) changed(`Đã chuyển “${p.name || p.address}” sang “${POINT_STATUS_LABELS[next]}”.`);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await create.run(() =>
      api
        .post('/areas/points', {
          commune_code: commune,
          kind,
          name: name || undefined,
          address,
          found_date: foundDate,
          lat: lat ? Number(lat.replace(',', '.')) : undefined,
          lon: lon ? Number(lon.replace(',', '.')) : undefined,
        })
        .then(() => {}),
    );
    if (ok) {
      setName('');
      setAddress('');
      setLat('');
      setLon('');
      changed('Đã ghi nhận điểm mới.');
    }
  }

  const columns: Column<AreaPoint>[] = [
    {
      label: 'Điểm',
      render: (p) => (
        <>
          {p.name || p.address}{' '}
          {p.reformed ? (
            <span className="badge">
              Tái hình thành{p.reformed_from ? ` (điểm cũ #${p.reformed_from})` : ''}
            </span>
          ) : null}
        </>
      ),
    },
    { label: 'Loại', render: (p) => POINT_KIND_LABELS[p.kind] ?? p.kind },
    { label: 'Địa chỉ', render: (p) => p.address },
    { label: 'Ngày phát hiện', render: (p) => p.found_date },
    { label: 'Trạng thái', render: (p) => POINT_STATUS_LABELS[p.status] ?? p.status },
    ...countedColumn<AreaPoint>(counted),
    { label: 'Lịch sử', render: (p) => <PointHistoryToggle id={p.id} label={p.name || p.address} /> },
    { label: 'Ngày chuyển trạng thái', render: (p) => p[STATUS_DATE[p.status]] ?? p.found_date },
    {
      label: 'Thao tác',
      render: (p) => {
        const next = POINT_STEPS[POINT_STEPS.indexOf(p.status) + 1];
        if (!next) return <span className="muted">Không còn bước tiếp theo</span>;
        return (
          <button
            type="button"
            className="button secondary"
            disabled={step.busy}
            aria-label={`${POINT_NEXT_ACTION[next]}: ${p.name || p.address}`}
            onClick={() => advance(p)}
          >
            {POINT_NEXT_ACTION[next]}
          </button>
        );
      },
    },
  ];

  return (
    <section aria-labelledby="points-title">
      <h2 id="points-title">Điểm, tụ điểm</h2>
      {done && <Alert kind="success">{done}</Alert>}
      <Alert>{step.error.message}</Alert>
      {points.error && <Alert>{points.error}</Alert>}
      <Table
        caption="Điểm, tụ điểm của xã, phường"
        columns={columns}
        rows={points.data?.items ?? []}
        rowKey={(p) => p.id}
        empty="Chưa ghi nhận điểm, tụ điểm nào."
        loading={points.loading}
      />
      <form className="form panel area-new" onSubmit={submit} aria-labelledby="new-point-title">
        <h3 id="new-point-title">Ghi nhận điểm mới</h3>
        <Alert>{create.error.message}</Alert>
        <SelectField
          id="point-kind"
          label="Loại điểm"
          value={kind}
          onValue={(v) => setKind(v as PointKind)}
          options={optionsOf(POINT_KIND_LABELS)}
          required
        />
        <TextField id="point-name" label="Tên gọi" value={name} onValue={setName} invalid={create.error.field === 'name'} />
        <TextField
          id="point-address"
          label="Địa chỉ"
          value={address}
          onValue={setAddress}
          required
          invalid={create.error.field === 'address'}
        />
        <TextField id="point-lat" label="Vĩ độ" inputMode="decimal" value={lat} onValue={setLat} invalid={create.error.field === 'lat'} />
        <TextField id="point-lon" label="Kinh độ" inputMode="decimal" value={lon} onValue={setLon} invalid={create.error.field === 'lon'} />
        <TextField
          id="point-found"
          label="Ngày phát hiện"
          type="date"
          value={foundDate}
          onValue={setFoundDate}
          required
          invalid={create.error.field === 'found_date'}
        />
        <button type="submit" className="button primary" disabled={create.busy}>
          Ghi nhận
        </button>
      </form>
    </section>
  );
}
