import { useState } from 'react';
import { useUser } from '../../auth';
import { listPoints, changePointStatus, type AreaPoint, type PointStatus } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { Table, type Column } from '../../components/Table';
import { formatDate } from '../../lib/format';
import { useLoad, useSubmit } from '../../lib/hooks';
import { canAreas } from '../../lib/access/areas';
import { countedColumn } from './counted';
import { POINT_KIND_LABELS, POINT_NEXT_ACTION, POINT_STATUS_LABELS, POINT_STEPS } from './labels';
import { PointHistoryToggle } from './PointHistory';
import { POINT_SPEC } from './registries';
import { RowActions, useRegistryForms } from './RecordEditing';
import type { FormState } from './RegistryForm';
import { exportRegistry } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

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

const newPoint = (): FormState => ({ values: { kind: 'use_point', found_date: today() }, labels: {} });

/** The commune's points and hotspots: record one, move it along found → … → watched, correct or delete it. */
export function Points({ commune, counted, onChange }: { commune: string; counted: number[]; onChange(): void }) {
  const user = useUser();
  const editor = canAreas.editRegistries(user);
  const points = useLoad(
    () => listPoints({ commune, page_size: 200 }),
    commune,
  );
  const step = useSubmit();
  const [done, setDone] = useState('');

  function changed(message: string) {
    setDone(message);
    points.reload();
    onChange();
  }
  const forms = useRegistryForms({
    spec: POINT_SPEC,
    commune,
    initial: newPoint,
    changed,
    createdMessage: 'Đã ghi nhận điểm mới.',
    editHint:
      'Trạng thái đổi theo từng bước ở danh sách. Đổi địa chỉ, tọa độ không làm thay đổi những gì đã xác định (điểm ' +
      'tái hình thành vẫn giữ nguyên); thay đổi được ghi vào nhật ký với giá trị cũ và mới.',
  });

  async function advance(p: AreaPoint) {
    const next = POINT_STEPS[POINT_STEPS.indexOf(p.status) + 1];
    if (!next) return;
    const ok = await step.run(() => changePointStatus(p.id, { status: next, date: today() }).then(() => {}));
    if (ok) changed(`Đã chuyển “${p.name || p.address}” sang “${POINT_STATUS_LABELS[next]}”.`);
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
    { label: 'Ngày phát hiện', render: (p) => formatDate(p.found_date) },
    { label: 'Trạng thái', render: (p) => POINT_STATUS_LABELS[p.status] ?? p.status },
    ...countedColumn<AreaPoint>(counted),
    { label: 'Lịch sử', render: (p) => <PointHistoryToggle id={p.id} label={p.name || p.address} /> },
    { label: 'Ngày chuyển trạng thái', render: (p) => formatDate(p[STATUS_DATE[p.status]] ?? p.found_date) },
    ...(editor
      ? [
          {
            label: 'Thao tác',
            render: (p: AreaPoint) => {
              const next = POINT_STEPS[POINT_STEPS.indexOf(p.status) + 1];
              const label = p.name || p.address;
              return (
                <RowActions
                  what={`điểm “${label}”`}
                  onEdit={() => {
                    setDone('');
                    forms.startEdit(p);
                  }}
                  record={{ registry: 'points', id: p.id }}
                  onDeleted={() => forms.deleted(p.id, `Đã xóa điểm “${label}”.`)}
                >
                  {next ? (
                    <button
                      type="button"
                      className="button secondary"
                      disabled={step.busy}
                      aria-label={`${POINT_NEXT_ACTION[next]}: ${label}`}
                      onClick={() => advance(p)}
                    >
                      {POINT_NEXT_ACTION[next]}
                    </button>
                  ) : (
                    <span className="muted">Không còn bước tiếp theo</span>
                  )}
                </RowActions>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="points-title">
      <h2 id="points-title">Điểm, tụ điểm</h2>
      <ExcelButton table="Điểm, tụ điểm" download={() => exportRegistry('points', { commune })} />
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
      {forms.editPanel}
      {editor && (
        <section className="panel area-new" aria-labelledby="new-point-title">
          <h3 id="new-point-title">Ghi nhận điểm mới</h3>
          {forms.createForm}
        </section>
      )}
    </section>
  );
}
