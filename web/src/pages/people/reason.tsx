// Reads of a person's record and exports need a reason, written to the audit trail with the user
// (domain rule 40; ND 13/2023 Art. 38.2). The reason is asked once in a small dialog and kept for
// the browser tab's session — the user's current task — until they change or end it.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useUser } from '../../auth';

interface ReasonState {
  /** The remembered reason; '' when none. */
  reason: string;
  /** Shows the dialog; resolves with the reason given, or null when the user cancels. */
  ask(purpose: string, suggestion?: string): Promise<string | null>;
  /** The remembered reason, or the dialog when there is none. */
  ensure(purpose: string, suggestion?: string): Promise<string | null>;
  clear(): void;
}

const ReasonContext = createContext<ReasonState | null>(null);

const SUGGESTIONS = [
  'Lập, cập nhật hồ sơ quản lý đối tượng',
  'Kiểm tra, xác minh nơi cư trú',
  'Rà soát danh sách người sử dụng, người nghiện ma túy',
  'Lập báo cáo thống kê định kỳ',
  'Chuyển hồ sơ đối tượng thay đổi nơi cư trú',
];

const MAX_REASON = 500;

interface Request {
  purpose: string;
  suggestion: string;
  resolve(reason: string | null): void;
}

export function ReasonProvider({ children }: { children: ReactNode }) {
  const user = useUser();
  const key = `pcmt.people.reason.${user.username}`;
  const [reason, setReason] = useState(() => sessionStorage.getItem(key) ?? '');
  const [request, setRequest] = useState<Request | null>(null);

  const remember = useCallback(
    (value: string) => {
      setReason(value);
      if (value) sessionStorage.setItem(key, value);
      else sessionStorage.removeItem(key);
    },
    [key],
  );

  const ask = useCallback((purpose: string, suggestion = '') => {
    return new Promise<string | null>((resolve) => {
      setRequest((previous) => {
        previous?.resolve(null);
        return { purpose, suggestion, resolve };
      });
    });
  }, []);

  const reasonRef = useRef(reason);
  reasonRef.current = reason;
  const ensure = useCallback(
    (purpose: string, suggestion?: string) =>
      reasonRef.current ? Promise.resolve(reasonRef.current) : ask(purpose, suggestion),
    [ask],
  );

  function finish(value: string | null) {
    if (value) remember(value);
    request?.resolve(value);
    setRequest(null);
  }

  const value = useMemo(() => ({ reason, ask, ensure, clear: () => remember('') }), [reason, ask, ensure, remember]);
  return (
    <ReasonContext.Provider value={value}>
      {children}
      {request && <ReasonDialog request={request} current={reason} onDone={finish} />}
    </ReasonContext.Provider>
  );
}

export function useReason(): ReasonState {
  const state = useContext(ReasonContext);
  if (!state) throw new Error('useReason outside ReasonProvider');
  return state;
}

function ReasonDialog({ request, current, onDone }: { request: Request; current: string; onDone(v: string | null): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(current || request.suggestion);
  const [error, setError] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setError('Vui lòng nêu lý do.');
      return;
    }
    if (new TextEncoder().encode(value).length > MAX_REASON) {
      setError('Lý do tối đa 500 ký tự.');
      return;
    }
    onDone(value);
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="reason-title"
      aria-describedby="reason-about"
      onCancel={(e) => {
        e.preventDefault();
        onDone(null);
      }}
    >
      <form onSubmit={onSubmit} noValidate>
        <h2 id="reason-title">Lý do tra cứu</h2>
        <p id="reason-about">
          {request.purpose} Lý do được ghi vào nhật ký cùng tên của bạn và được dùng cho các lần xem, xuất dữ liệu tiếp theo
          trong phiên làm việc này cho đến khi bạn đổi.
        </p>
        <div className="field">
          <label htmlFor="reason-text">Lý do</label>
          <input
            id="reason-text"
            list="reason-suggestions"
            value={text}
            maxLength={MAX_REASON}
            aria-invalid={error ? true : undefined}
            placeholder="Chọn lý do gợi ý hoặc tự ghi"
            aria-describedby={error ? 'reason-hint reason-error' : 'reason-hint'}
            onChange={(e) => {
              setText(e.target.value);
              setError('');
            }}
          />
          <datalist id="reason-suggestions">
            {SUGGESTIONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <p id="reason-hint" className="hint">
            Bấm vào ô để chọn một lý do thường dùng, hoặc ghi lý do cụ thể (tối đa 500 ký tự).
          </p>
          {error && (
            <p id="reason-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="buttons">
          <button type="submit" className="button primary">
            Xác nhận
          </button>
          <button type="button" className="button secondary" onClick={() => onDone(null)}>
            Hủy
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The current task's reason, with the way to change or end it; nothing when there is none. */
export function ReasonBar() {
  const { reason, ask, clear } = useReason();
  if (!reason) return null;
  return (
    <div className="reason-bar">
      <p>
        <span className="muted">Lý do tra cứu:</span> <strong>{reason}</strong>
      </p>
      <div className="reason-actions">
        <button type="button" className="link-button" onClick={() => void ask('Nêu lý do mới cho việc tra cứu.')}>
          Đổi lý do
        </button>
        <button type="button" className="link-button" onClick={clear}>
          Kết thúc
        </button>
      </div>
    </div>
  );
}
