// The drug types a person uses, as a group of check boxes.
import type { DrugType } from '../../api/people';

interface Props {
  types: DrugType[];
  value: string[];
  onValue(codes: string[]): void;
}

export function DrugTypeChecks({ types, value, onValue }: Props) {
  return (
    <fieldset className="checks">
      <legend>Loại ma túy sử dụng</legend>
      <div className="checks-grid">
        {types.map((t) => (
          <label key={t.code} className="check">
            <input
              type="checkbox"
              checked={value.includes(t.code)}
              onChange={(e) => onValue(e.target.checked ? [...value, t.code] : value.filter((c) => c !== t.code))}
            />
            {t.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
