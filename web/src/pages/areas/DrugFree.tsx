import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { decideDrugFree, drugFreeExportUrl, freezeDrugFree, getClassification, listDrugFree, proposeDrugFree, reviewDrugFree, type DrugFreeAssessment } from '../../api/areas';
import { downloadFile } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateInput } from '../../components/DateInput';
import { PageHeader } from '../../components/PageHeader';
import { SuccessNotice } from '../../components/SuccessNotice';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { formatDate, todayInVietnam } from '../../lib/format';
import { useLoad, useSubmit } from '../../lib/hooks';
import { canAreas } from '../../lib/access/areas';
import { AtRisk } from './AtRisk';
import { DRUG_FREE_STATUS_LABELS, currentEvaluationYear } from './labels';
import { Roadmap } from './Roadmap';
import { YearSelect } from './year';
import './areas.css';

/** A step that waits for its confirmation in a dialog. */
type Pending = { kind: 'approve' | 'reject'; a: DrugFreeAssessment } | { kind: 'freeze' };

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
  const [pending, setPending] = useState<Pending | null>(null);
  const [decision, setDecision] = useState({ number: '', date: todayInVietnam() });
  const frozen = list.data?.frozen ?? false;
  const assessed = new Set((list.data?.items ?? []).filter((a) => a.status !== 'rejected').map((a) => a.commune_code));
  const eligible = (run.data?.communes ?? []).filter((c) => c.drug_free === true && !assessed.has(c.code));
  const classified = new Map((run.data?.communes ?? []).map((c) => [c.code, c]));

  /** A step confirmed in a dialog: the dialog shows the server's refusal and closes on success. */
  async function confirmed(message: string, request: () => Promise<unknown>) {
    setDone('');
    await request();
    setPending(null);
    setDone(message);
    list.reload();
  }

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
      label: 'Quyết định',
      render: (a) =>
        a.decision_number ? (
          `${a.decision_number}${a.decision_date ? ` ngày ${formatDate(a.decision_date)}` : ''}`
        ) : (
          <span className="muted">—</span>
        ),
    },
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
                onClick={() => setPending({ kind: 'approve', a })}
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
                onClick={() => setPending({ kind: 'reject', a })}
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
          Tải Excel
        </button>
        {canAreas.decide(user) && !frozen && (
          <button
            type="button"
            className="button primary"
            disabled={action.busy}
            onClick={() => setPending({ kind: 'freeze' })}
          >
            Chốt danh sách
          </button>
        )}
      </PageHeader>
      <form className="filters area-filters" onSubmit={(e) => e.preventDefault()}>
        <YearSelect value={year} onValue={(v) => setParams({ year: v }, { replace: true })} />
      </form>
      {frozen && <Alert kind="info">Danh sách năm {year} đã chốt; không thay đổi được nữa.</Alert>}
      <SuccessNotice>{done}</SuccessNotice>
      {pending?.kind === 'freeze' && (
        <ConfirmDialog
          title={`Chốt danh sách năm ${year}?`}
          submit="Chốt danh sách"
          onConfirm={() => confirmed(`Đã chốt danh sách năm ${year}.`, () => freezeDrugFree(Number(year)))}
          onCancel={() => setPending(null)}
        >
          <p>
            Danh sách xã, phường được công nhận không ma túy năm {year} sẽ được chốt. Sau khi chốt, không thể đề nghị,
            thẩm định hay quyết định thêm cho năm này; việc này không hoàn tác được.
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'approve' && (
        <ConfirmDialog
          title={`Công nhận ${pending.a.commune_name} không ma túy?`}
          submit="Công nhận"
          onConfirm={() =>
            confirmed(`Đã công nhận ${pending.a.commune_name}.`, () =>
              decideDrugFree(pending.a.id, {
                approve: true,
                decision_number: decision.number,
                decision_date: decision.date,
              }),
            )
          }
          onCancel={() => setPending(null)}
        >
          <p>Ghi nhận quyết định công nhận của tỉnh; sau khi công nhận, hồ sơ không quay lại bước thẩm định.</p>
          <TextField
            id="decision-number"
            label="Số quyết định"
            value={decision.number}
            onValue={(v) => setDecision({ ...decision, number: v })}
            placeholder="Ví dụ: 123/QĐ-UBND"
            required
          />
          <DateInput
            id="decision-date"
            label="Ngày ký quyết định"
            value={decision.date}
            onValue={(v) => setDecision({ ...decision, date: v })}
            max={todayInVietnam()}
            required
          />
        </ConfirmDialog>
      )}
      {pending?.kind === 'reject' && (
        <ConfirmDialog
          title={`Không công nhận ${pending.a.commune_name}?`}
          submit="Không công nhận"
          danger
          onConfirm={() =>
            confirmed(`Đã không công nhận ${pending.a.commune_name}.`, () =>
              decideDrugFree(pending.a.id, { approve: false, reason: reasons[pending.a.id] ?? '' }),
            )
          }
          onCancel={() => setPending(null)}
        >
          <p>
            Lý do: {reasons[pending.a.id]?.trim() || <span className="muted">(chưa nhập — hãy nhập lý do ở dòng của xã)</span>}
          </p>
        </ConfirmDialog>
      )}
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
