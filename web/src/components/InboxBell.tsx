// The bell in the header: how many things need attention (the server's one count, the same the
// reminder mails carry), re-read on every page change, every minute, and whenever a page says it
// changed something the inbox counts.
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { getAttentionCounts } from '../api/notify';
import { onInboxChanged } from '../lib/inboxEvents';

const POLL_MS = 60_000;

function useAttentionCount(): number | null {
  const location = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => onInboxChanged(() => setTick((t) => t + 1)), []);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    let current = true;
    getAttentionCounts().then(
      (attention) => current && setCount(attention.total),
      () => current && setCount(null),
    );
    return () => {
      current = false;
    };
  }, [location.pathname, tick]);
  return count;
}

export function InboxBell() {
  const count = useAttentionCount();
  const text = count ? `Thông báo: ${count} mục cần chú ý` : 'Thông báo';
  return (
    <Link to="/thong-bao" className="bell" aria-label={text} title={text}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count ? (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </Link>
  );
}
