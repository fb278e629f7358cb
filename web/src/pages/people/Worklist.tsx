// "Việc cần làm": for a commune (or the whole province), the deadlines already overdue and those
// due by the end of this week, each linking to the person. Deadlines whose length the rule pack does
// not know yet are counted apart ("chưa có quy định").
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { getWorklist, type WorkItem } from '../../api/people';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { Table, type Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { canPeople } from '../../lib/access/people';
import { CommuneSelect, useCommunes } from './communes';
import { PersonCell, RuleSource } from './cells';
import { formatDate } from './labels';
import { exportWorklist } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

/** Calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function Worklist() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const commune = params.get('commune') ?? '';
  const communes = useCommunes();
  const communeName = new Map((communes.data ?? []).map((c) => [c.code, c.name]));
  const list = useLoad(() => getWorklist({ commune }), commune);
  const data = list.data;
  const wide = canPeople.pickCommune(user) && !commune;

  const columns: Column<WorkItem>[] = [
    {
      label: 'Đối tượng',
      render: (i) => <PersonCell id={i.person_id} name={i.full_name} personalId={i.personal_id} />,
    },
    ...(wide ? [{ label: 'Xã, phường', render: (i: WorkItem) => communeName.get(i.commune_code) ?? i.commune_code }] : []),
    { label: 'Việc phải làm', render: (i) => i.label },
    { label: 'Hạn', render: (i) => formatDate(i.due) },
    {
      label: 'Tình trạng',
      render: (i) => {
        const days = data ? daysBetween(data.today, i.due) : 0;
        if (i.status === 'overdue') return <span className="tag tag-off">Quá hạn {formatNumber(-days)} ngày</span>;
        return <span className="tag tag-wait">{days === 0 ? 'Hạn hôm nay' : `Còn ${formatNumber(days)} ngày`}</span>;
      },
    },
    {
      label: 'Căn cứ',
      render: (i) => <RuleSource source={i.source} pack={i.pack} confirmed={i.confirmed} />,
    },
  ];
  const overdue = data?.items.filter((i) => i.status === 'overdue') ?? [];
  const thisWeek = data?.items.filter((i) => i.status !== 'overdue') ?? [];
  const shown = overdue.length + thisWeek.length;
  const counted = data ? data.overdue + data.due_this_week : 0;

  return (
    <section>
      <PageHeader title="Việc cần làm">
        <ExcelButton download={() => exportWorklist({ commune })} />
      </PageHeader>
      {canPeople.pickCommune(user) && (
        <form className="filters single" onSubmit={(e) => e.preventDefault()}>
          <CommuneSelect
            id="worklist-commune"
            value={commune}
            onValue={(v) => setParams(v ? { commune: v } : {}, { replace: true })}
            empty="Toàn tỉnh"
          />
        </form>
      )}
      <Alert>{list.error}</Alert>
      {data && (
        <>
          <dl className="figures worklist-figures">
            <div className="figure figure-off">
              <dt>Quá hạn</dt>
              <dd>
                <span className="figure-value">{formatNumber(data.overdue)}</span>
              </dd>
            </div>
            <div className="figure">
              <dt>Đến hạn trong tuần</dt>
              <dd>
                <span className="figure-value">{formatNumber(data.due_this_week)}</span>
                <span className="figure-detail">
                  {formatDate(data.week_start)} – {formatDate(data.week_end)}
                </span>
              </dd>
            </div>
            <div className="figure figure-warn">
              <dt>Chưa có quy định về thời hạn</dt>
              <dd>
                <span className="figure-value">{formatNumber(data.undated)}</span>
                <span className="figure-detail">chờ văn bản hướng dẫn</span>
              </dd>
            </div>
          </dl>
          {shown < counted && (
            <Alert kind="info">
              Đang hiển thị {formatNumber(shown)} trong số {formatNumber(counted)} việc; hãy chọn từng xã, phường để xem đủ.
            </Alert>
          )}
        </>
      )}
      <h2>Quá hạn</h2>
      <Table
        caption="Việc quá hạn"
        columns={columns}
        rows={overdue}
        rowKey={(i) => `${i.person_id}|${i.kind}|${i.due}`}
        empty="Không có việc quá hạn."
        loading={list.loading}
      />
      <h2>Đến hạn trong tuần này</h2>
      <Table
        caption="Việc đến hạn trong tuần"
        columns={columns}
        rows={thisWeek}
        rowKey={(i) => `${i.person_id}|${i.kind}|${i.due}`}
        empty="Không có việc đến hạn trong tuần."
        loading={list.loading}
      />
    </section>
  );
}
