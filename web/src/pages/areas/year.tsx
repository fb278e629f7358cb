import { SelectField } from '../../components/SelectField';
import { currentEvaluationYear } from './labels';

/** The evaluation years a rule pack governs: from 2025 (QĐ 28/2025) to the current one. */
export function yearOptions(): { value: string; label: string }[] {
  const years: { value: string; label: string }[] = [];
  for (let y = currentEvaluationYear(); y >= 2025; y--) years.push({ value: String(y), label: `Năm ${y}` });
  return years;
}

export function YearSelect({ value, onValue }: { value: string; onValue(v: string): void }) {
  return <SelectField id="area-year" label="Năm đánh giá" value={value} onValue={onValue} options={yearOptions()} />;
}
