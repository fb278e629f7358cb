// Every deadline the lifecycle engine computed for a person: what, from when, due when, its status,
// the rule and the rule pack it comes from. A length the pack in force does not know yet reads
// "chưa có quy định" — never a guessed date.
import { useState } from 'react';
import type { Deadline, Episode } from '../../api/people';
import { Table, type Column } from '../../components/Table';
import { RuleSource } from './cells';
import { DEADLINE_STATUS_LABELS, PERSON_FACT_LABELS, deadlineTone, formatDate, label } from './labels';
import { ruleParamLabel } from './ruleParamLabels';

const OPEN = new Set(['pending', 'overdue', 'unknown_rule_value', 'no_rule_pack', 'missing_person_fact']);

function dueCell(d: Deadline) {
  if (d.due) return formatDate(d.due);
  if (d.status === 'unknown_rule_value') {
    return (
      <span className="stack">
        <span className="tag tag-warn">Chưa có quy định</span>
        {d.missing && <span className="muted small-text">Thiếu giá trị: {ruleParamLabel(d.missing)}</span>}
      </span>
    );
  }
  if (d.status === 'missing_person_fact') return `Thiếu ${label(PERSON_FACT_LABELS, d.missing)}`;
  return '—';
}

export function DeadlineTable({ deadlines, episodes }: { deadlines: Deadline[]; episodes: Episode[] }) {
  const [all, setAll] = useState(false);
  const openOnly = !all;
  const shown = openOnly ? deadlines.filter((d) => OPEN.has(d.status)) : deadlines;
  const columns: Column<Deadline>[] = [
    {
      label: 'Việc phải làm',
      render: (d) => (
        <span className="stack">
          <span>{d.label}</span>
          {episodes[d.episode] && <span className="muted small-text">{episodes[d.episode]?.label}</span>}
        </span>
      ),
    },
    { label: 'Tính từ', render: (d) => formatDate(d.from) },
    { label: 'Hạn', render: dueCell },
    {
      label: 'Trạng thái',
      render: (d) => (
        <span className="stack">
          <span className={`tag tag-${deadlineTone(d.status)}`}>{DEADLINE_STATUS_LABELS[d.status] ?? d.status}</span>
          {d.done_on && <span className="muted small-text">Thực hiện ngày {formatDate(d.done_on)}</span>}
        </span>
      ),
    },
    {
      label: 'Căn cứ',
      render: (d) => <RuleSource source={d.source} pack={d.pack} confirmed={d.confirmed} />,
    },
  ];

  return (
    <>
      <label className="check">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        Hiện cả việc đã thực hiện hoặc không còn áp dụng ({deadlines.length - deadlines.filter((d) => OPEN.has(d.status)).length})
      </label>
      <Table
        caption="Các thời hạn của đối tượng"
        columns={columns}
        rows={shown}
        rowKey={(d) => `${d.kind}|${d.episode}|${d.from}|${d.due ?? ''}`}
        empty={openOnly ? 'Không còn việc nào phải làm.' : 'Chưa có thời hạn nào.'}
      />
    </>
  );
}
