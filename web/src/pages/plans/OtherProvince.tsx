// A plan another province issued (the parser read the province in its header): the server's warning,
// and the confirmation without which the plan is not saved (plan.other_province).
import type { Draft } from './draft';

interface Props {
  draft: Draft;
  invalid: boolean;
  onConfirm(confirmed: boolean): void;
}

export function OtherProvince({ draft, invalid, onConfirm }: Props) {
  const other = draft.otherProvince;
  if (!other) return null;
  return (
    <section className="alert alert-error other-province" aria-labelledby="other-province-title">
      <h3 id="other-province-title">Kế hoạch của địa phương khác</h3>
      <p>{other.message}</p>
      <div className="check">
        <input
          id="confirm-other-province"
          type="checkbox"
          checked={draft.confirmOtherProvince}
          aria-invalid={invalid || undefined}
          onChange={(e) => onConfirm(e.target.checked)}
        />
        <label htmlFor="confirm-other-province">Tôi đã kiểm tra, vẫn lưu kế hoạch do {other.name} ban hành</label>
      </div>
    </section>
  );
}
