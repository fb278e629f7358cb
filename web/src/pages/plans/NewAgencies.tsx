// Agencies the parser found but the catalogue lacks. Nothing is created unless the user says so:
// add it to the catalogue, replace it by a catalogue agency, or take it off the tasks.
import { useId } from 'react';
import type { Agency } from '../../api/types';
import { SelectField, optionsOf } from '../../components/SelectField';
import { AgencyPicker } from './catalogue';
import type { Draft, UnknownChoice } from './draft';
import { AGENCY_KIND_LABELS } from './labels';

interface Props {
  draft: Draft;
  names: string[];
  catalogue: Agency[];
  onChoose(name: string, choice: UnknownChoice): void;
}

export function NewAgencies({ draft, names, catalogue, onChoose }: Props) {
  if (names.length === 0) return null;
  return (
    <section className="panel new-agencies" aria-labelledby="new-agencies-title">
      <h3 id="new-agencies-title">Cơ quan chưa có trong danh mục ({names.length})</h3>
      <p className="hint">
        Hệ thống không tự thêm cơ quan mới. Với mỗi tên dưới đây, hãy chọn thêm vào danh mục, thay bằng một cơ quan đã
        có, hoặc bỏ khỏi các nhiệm vụ.
      </p>
      {names.map((name) => (
        <UnknownAgency
          key={name}
          name={name}
          refs={draft.tasks.filter((t) => [...t.lead, ...t.cooperating, ...t.requested].some((a) => a.id === null && a.name === name)).map((t) => t.ref || '(mới)')}
          choice={draft.unknown[name] ?? { action: 'undecided' }}
          catalogue={catalogue}
          onChoose={(c) => onChoose(name, c)}
        />
      ))}
    </section>
  );
}

function decisionText(choice: UnknownChoice): string {
  switch (choice.action) {
    case 'create':
      return `Sẽ thêm vào danh mục (${AGENCY_KIND_LABELS[choice.kind] ?? choice.kind}) khi lưu kế hoạch.`;
    case 'replace':
      return `Sẽ thay bằng: ${choice.name}.`;
    case 'drop':
      return 'Sẽ bỏ khỏi các nhiệm vụ.';
    default:
      return 'Chưa chọn cách xử lý.';
  }
}

interface OneProps {
  name: string;
  refs: string[];
  choice: UnknownChoice;
  catalogue: Agency[];
  onChoose(choice: UnknownChoice): void;
}

function UnknownAgency({ name, refs, choice, catalogue, onChoose }: OneProps) {
  const id = useId();
  const radio = (action: UnknownChoice['action'], text: string, make: () => UnknownChoice) => (
    <div className="check">
      <input
        id={`${id}-${action}`}
        type="radio"
        name={`${id}-choice`}
        checked={choice.action === action}
        onChange={() => onChoose(make())}
      />
      <label htmlFor={`${id}-${action}`}>{text}</label>
    </div>
  );
  return (
    <fieldset className={choice.action === 'undecided' ? 'unknown-agency undecided' : 'unknown-agency'}>
      <legend>
        “{name}” <span className="tag tag-warn">Cơ quan mới</span>
      </legend>
      <p className="hint">Có trong nhiệm vụ: {refs.join(', ')}</p>
      {radio('create', 'Thêm vào danh mục cơ quan của tỉnh', () => ({ action: 'create', kind: 'khac' }))}
      {choice.action === 'create' && (
        <SelectField
          id={`${id}-kind`}
          label="Loại cơ quan"
          value={choice.kind}
          onValue={(kind) => onChoose({ action: 'create', kind })}
          options={optionsOf(AGENCY_KIND_LABELS)}
        />
      )}
      {radio('drop', 'Bỏ khỏi các nhiệm vụ', () => ({ action: 'drop' }))}
      <AgencyPicker
        catalogue={catalogue}
        legend={`Hoặc thay “${name}” bằng cơ quan có trong danh mục`}
        button="Thay thế"
        onPick={(agency) => onChoose({ action: 'replace', id: agency.id, name: agency.name })}
      />
      <p className="decision" role="status">
        {decisionText(choice)}
      </p>
    </fieldset>
  );
}
