// The in-app inbox: reminders before a due date, overdue reports, reports awaiting
// review, the notices of accepted and returned reports, and what else needs attention (legal
// deadlines of people, drug-free decisions, new tasks). Officers set how many days ahead the
// reminders start.
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { getInbox, markNotificationRead, updatePlanSettings, type InboxItem } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { AttentionSummary } from '../../components/AttentionSummary';
import { PageHeader } from '../../components/PageHeader';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatDateTime, formatNumber, formatDate } from '../../lib/format';
import { canPlans } from '../../lib/access/plans';
import { onInboxChanged, refreshInbox } from '../../lib/inboxEvents';
import './plans.css';

const LIMIT = 50;

export function Inbox() {
  const user = useUser();
  const box = useLoad(() => getInbox(LIMIT), 'inbox');
  useEffect(() => onInboxChanged(box.reload), [box.reload]);
  const data = box.data;

  async function markRead(item: InboxItem) {
    if (item.notification_id === null || item.read) return;
    await markNotificationRead(item.notification_id).catch(() => undefined);
    refreshInbox();
  }

  return (
    <section>
      <PageHeader title="Thông báo" />
      <Alert>{box.error}</Alert>
      {!data && !box.error && (
        <p className="loading" role="status">
          Đang tải…
        </p>
      )}
      {data && (
        <>
          <p className="hint">
            Tính đến ngày {formatDate(data.as_of)}; nhắc hạn trước {data.reminder_days} ngày.
          </p>
          <AttentionSummary />
          {canPlans.myTasks(user) && (
            <InboxSection
              id="inbox-notices"
              title="Kết quả duyệt báo cáo"
              total={data.counts.unread}
              totalLabel="chưa đọc"
              items={data.notifications}
              empty="Chưa có thông báo nào."
              onOpen={markRead}
            />
          )}
          {canPlans.myTasks(user) && (
            <InboxSection
              id="inbox-reminders"
              title="Sắp đến hạn"
              total={data.counts.reminders}
              items={data.reminders}
              empty="Không có báo cáo nào sắp đến hạn."
            />
          )}
          {!canPlans.myTasks(user) && (
            <InboxSection
              id="inbox-review"
              title="Báo cáo chờ duyệt"
              total={data.counts.review_needed}
              items={data.review_needed}
              empty="Không có báo cáo nào chờ duyệt."
            />
          )}
          <InboxSection id="inbox-overdue" title="Quá hạn" total={data.counts.overdue} items={data.overdue} empty="Không có báo cáo nào quá hạn." />
          {canPlans.reviewReports(user) && <ReminderSettings days={data.reminder_days} onSaved={box.reload} />}
        </>
      )}
    </section>
  );
}

interface SectionProps {
  id: string;
  title: string;
  total: number;
  totalLabel?: string;
  items: InboxItem[];
  empty: string;
  onOpen?(item: InboxItem): void;
}

function InboxSection({ id, title, total, totalLabel, items, empty, onOpen }: SectionProps) {
  return (
    <section aria-labelledby={id} className="inbox-section">
      <h2 id={id}>
        {title} <span className="count">{formatNumber(total)}{totalLabel ? ` ${totalLabel}` : ''}</span>
      </h2>
      {items.length === 0 && <p className="muted">{empty}</p>}
      <ul className="inbox-list">
        {items.map((item, i) => (
          <li key={`${item.kind}-${item.notification_id ?? item.instance_id ?? i}`} className={`inbox-item inbox-${item.kind}${item.notification_id !== null && !item.read ? ' unread' : ''}`}>
            <h3>
              {item.notification_id !== null && !item.read && <span className="tag tag-warn">Mới</span>} {item.title}
            </h3>
            <p>{item.body}</p>
            <p className="inbox-meta">
              {item.created_at && <span className="muted">{formatDateTime(item.created_at)}</span>}
              {item.instance_id !== null && (
                <Link to={`/ke-hoach/bao-cao/${item.instance_id}`} onClick={() => onOpen?.(item)}>
                  Xem báo cáo
                </Link>
              )}
              {onOpen && item.notification_id !== null && !item.read && (
                <button type="button" className="link-button" onClick={() => onOpen(item)}>
                  Đánh dấu đã đọc
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="hint">
          Đang hiển thị {formatNumber(items.length)}/{formatNumber(total)} mục.
        </p>
      )}
    </section>
  );
}

function ReminderSettings({ days, onSaved }: { days: number; onSaved(): void }) {
  const [value, setValue] = useState(String(days));
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || n > 60) {
      setError({ message: 'Số ngày nhắc trước hạn phải từ 0 đến 60.', field: 'reminder_days' });
      return;
    }
    if (await run(async () => void (await updatePlanSettings({ reminder_days: n })))) {
      setDone(true);
      onSaved();
      refreshInbox();
    }
  }

  return (
    <form className="form narrow panel" onSubmit={onSubmit} noValidate aria-labelledby="settings-title">
      <h2 id="settings-title">Cài đặt nhắc hạn</h2>
      <Alert>{error.message}</Alert>
      {done && <Alert kind="success">Đã lưu cài đặt nhắc hạn.</Alert>}
      <TextField
        id="reminder-days"
        label="Nhắc trước hạn nộp báo cáo (ngày)"
        inputMode="numeric"
        value={value}
        onValue={setValue}
        invalid={error.field === 'reminder_days'}
        hint="Từ 0 đến 60 ngày; áp dụng cho mọi cơ quan của tỉnh."
      />
      <button type="submit" className="button primary" disabled={busy}>
        Lưu cài đặt
      </button>
    </form>
  );
}
