import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { decideDrugFree, drugFreeExportUrl, freezeDrugFree, getClassification, listDrugFree, proposeDrugFree, reviewDrugFree, type DrugFreeAssessment } from '../../api/areas';
import { downloadFile } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { canAreas } from '../../lib/access/areas';
import { AtRisk } from './AtRisk';
import { DRUG_FREE_STATUS_LABELS, currentEvaluationYear } from './labels';
import { Roadmap } from './Roadmap';
import { YearSelect } from './year';
import './areas.css';

/** Drug-free communes (QĐ 28/2025 Điều 6): propose, review, decide, freeze and export the year's list. */
export function DrugFree() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? String(currentEvaluationYear());
  const list = useLoad(() => listDrugFree(year), year);
  const run = useLoad(() => getClassification({ year: Number(year) }), year);
  const action = useSubmit();
  const [done, setDone] = useState('');
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const frozen = list.data?.frozen ?? false;
  const assessed = new Set((list.data?.items ?? []).filter((a) => a.status !== 'rejected').map((a) => a.commune_code));
  const eligible = (run.data?.communes ?? []).filter((c) => c.drug_free === true && !assessed.has(c.code));
  const classified = new Map((run.data?.communes ?? []).map((c) => [c.code, c]));

  async function act(message: string, request: () => Promise<unknown>) {
    setDone('');
    if (await action.run(() => request().then(() => {}))) {
      setDone(message);
      list.reload();
    }
  }

  const columns: Column<DrugFreeAssessment>[] = [
    { label: 'Xã, phường', render: (a) => <Link to={`/dia-ban/${a.commune_code}?year=${year}`}>{a.commune_name}</Link> },
    {
      label: 'Trạng thái',
      render: (a) => (
        <>
          {DRUG_FREE_STATUS_LABELS[a.status] ?? a.status}{' '}
          {a.at_risk && <AtRisk commune={classified.get(a.commune_code)} />}
        </>
      ),
    },
    { label: 'Ý kiến thẩm định', render: (a) => a.review_note || <span className="muted">—</span> },
    { label: 'Lý do quyết định', render: (a) => a.decision_reason || <span className="muted">—</span> },
    {
      label: 'Thao tác',
      render: (a) => {
        if (frozen) return <span className="muted">Danh sách đã chốt</span>;
        if (a.status === 'proposed' && canAreas.review(user))
          return (
            <div className="point-steps">
              <TextField
                id={`note-${a.id}`}
                label="Ý kiến thẩm định"
                value={notes[a.id] ?? ''}
                onValue={(v) => setNotes({ ...notes, [a.id]: v })}
              />
              <button
                type="button"
                className="button secondary"
                disabled={action.busy}
                onClick={() =>
                  act(`Đã thẩm định ${a.commune_name}.`, () =>
                    reviewDrugFree(a.id, notes[a.id] ?? ''),
                  )
                }
              >
                Thẩm định
              </button>
            </div>
          );
        if (a.status === 'reviewed' && canAreas.decide(user))
          return (
            <div className="point-steps">
              <button
                type="button"
                className="button primary"
                disabled={action.busy}
                onClick={() =>
                  act(`Đã công nhận ${a.commune_name}.`, () =>
                    decideDrugFree(a.id, { approve: true, reason: reasons[a.id] ?? '' }),
                  )
                }
              >
                Công nhận
              </button>
              <TextField
                id={`reason-${a.id}`}
                label="Lý do không công nhận"
                value={reasons[a.id] ?? ''}
                onValue={(v) => setReasons({ ...reasons, [a.id]: v })}
              />
              <button
                type="button"
                className="button danger"
                disabled={action.busy}
                onClick={() =>
                  act(`Đã không công nhận ${a.commune_name}.`, () =>
                    decideDrugFree(a.id, { approve: false, reason: reasons[a.id] ?? '' }),
                  )
                }
              >
                Không công nhận
              </button>
            </div>
          );
        return <span className="muted">—</span>;
      },
    },
  ];

  return (
    <section>
      <p className="breadcrumb">
        <Link to={`/dia-ban?year=${year}`}>Địa bàn</Link> › Xã, phường không ma túy
      </p>
      <PageHeader title="Xã, phường không ma túy">
        <button
          type="button"
          className="button secondary"
          disabled={action.busy}
          onClick={() =>
            act('Đã tải danh sách.', () =>
              downloadFile(drugFreeExportUrl(year), `xa-khong-ma-tuy-${year}.xlsx`),
            )
          }
        >
          Xuất XLSX
        </button>
        {canAreas.decide(user) && !frozen && (
          <button
            type="button"
            className="button primary"
            disabled={action.busy}
            onClick={() => act(`Đã chốt danh sách năm ${year}.`, () => freezeDrugFree(Number(year)))}
          >
            Chốt danh sách
          </button>
        )}
      </PageHeader>
      <form className="filters area-filters" onSubmit={(e) => e.preventDefault()}>
        <YearSelect value={year} onValue={(v) => setParams({ year: v }, { replace: true })} />
      </form>
      {frozen && <Alert kind="info">Danh sách năm {year} đã chốt; không thay đổi được nữa.</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
      <Alert>{action.error.message}</Alert>
      {list.error && <Alert>{list.error}</Alert>}
      <Table
        caption={`Đánh giá xã, phường không ma túy năm ${year}`}
        columns={columns}
        rows={list.data?.items ?? []}
        rowKey={(a) => a.id}
        empty="Chưa có xã, phường nào đề nghị công nhận."
        loading={list.loading}
      />
      {canAreas.propose(user) && !frozen && (
        <>
          <h2>Đủ tiêu chí, chưa đề nghị</h2>
          {eligible.length === 0 ? (
            <p className="muted">Không có xã, phường nào đủ ba tiêu chí mà chưa đề nghị.</p>
          ) : (
            <ul className="area-records">
              {eligible.map((c) => (
                <li key={c.code}>
                  {c.name}{' '}
                  <button
                    type="button"
                    className="button secondary"
                    disabled={action.busy}
                    onClick={() =>
                      act(`Đã đề nghị công nhận ${c.name}.`, () =>
                        proposeDrugFree({ commune_code: c.code, year: Number(year) }),
                      )
                    }
                  >
                    Đề nghị công nhận: {c.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <Roadmap />
    </section>
  );
}
