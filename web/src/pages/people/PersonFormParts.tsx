// Pieces shared by the registration form and the edit form of a person.
import type { PersonInput, Sex } from '../../api/people';

/** The form's fields: each one present, aliases as typed, the sex '' until chosen, the photo '' when none. */
export type PersonDraft = Required<Omit<PersonInput, 'aliases' | 'sex' | 'photo' | 'confirm_id_mismatch' | 'confirm_not_duplicate'>> & {
  aliases: string;
  sex: Sex | '';
  photo: string;
};

/** Aliases typed as a list separated by commas or semicolons. */
export function aliasesOf(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** Whether the person has a stable place of residence (it decides who may be managed where). */
export function StableResidence({ value, onValue, name }: { value: boolean; onValue(v: boolean): void; name: string }) {
  return (
    <div className="radio-row" role="radiogroup" aria-label="Tình trạng nơi cư trú">
      <label className="check">
        <input type="radio" name={name} checked={value} onChange={() => onValue(true)} />
        Có nơi cư trú ổn định
      </label>
      <label className="check">
        <input type="radio" name={name} checked={!value} onChange={() => onValue(false)} />
        Không có nơi cư trú ổn định
      </label>
    </div>
  );
}

/** The entered sex or birth date disagrees with the personal ID: saved only once the user confirms. */
export function IdMismatchConfirm({ checked, onChecked }: { checked: boolean; onChecked(v: boolean): void }) {
  return (
    <div className="confirm-box" role="group" aria-labelledby="mismatch-title">
      <p id="mismatch-title">
        <strong>Thông tin đã nhập khác với số định danh.</strong> Hãy kiểm tra lại thẻ căn cước; nếu thông tin đã nhập là
        đúng, xác nhận để tiếp tục.
      </p>
      <label className="check">
        <input type="checkbox" checked={checked} onChange={(e) => onChecked(e.target.checked)} />
        Tôi đã kiểm tra, giới tính và ngày sinh đã nhập là đúng
      </label>
    </div>
  );
}
