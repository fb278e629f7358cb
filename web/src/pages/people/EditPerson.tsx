// "Sửa thông tin": the identity and residence of a registered person, saved with PATCH. The server
// redoes the personal ID cross-check when the ID, sex or birth date changes; a mismatch comes back
// as 422 person.id_*_mismatch and is saved only once the user confirms, as at registration.
import { useState, type FormEvent } from 'react';
import { useUser } from '../../auth';
import { ApiError } from '../../api/client';
import { updatePerson, type Person } from '../../api/people';
import { Alert } from '../../components/Alert';
import { SelectField, optionsOf } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { useSubmit } from '../../lib/hooks';
import { canPeople } from '../../lib/access/people';
import { CommuneSelect } from './communes';
import { DrugTypeChecks } from './DrugTypeChecks';
import { SEX_LABELS } from './labels';
import { IdMismatchConfirm, StableResidence, aliasesOf, type PersonDraft } from './PersonFormParts';
import { PhotoField } from './PhotoField';
import { useReference } from './reference';
import { FormButtons } from '../../components/FormButtons';

type Draft = PersonDraft;

function draftOf(p: Person): Draft {
  return {
    personal_id: p.personal_id,
    full_name: p.full_name,
    aliases: p.aliases.join(', '),
    birth_date: p.birth_date,
    sex: p.sex,
    commune_code: p.commune_code,
    address: p.address,
    stable_residence: p.stable_residence,
    drug_types: p.drug_types.map((d) => d.code),
    photo: p.photo ?? '',
  };
}

const isMismatch = (e: unknown) => e instanceof ApiError && /^person\.id_\w+_mismatch$/.test(e.code);

export function EditPerson({ person, onSaved, onCancel }: { person: Person; onSaved(): void; onCancel(): void }) {
  const user = useUser();
  const reference = useReference();
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const [mismatch, setMismatch] = useState(false);
  const [confirmMismatch, setConfirmMismatch] = useState(false);
  const { busy, error, run } = useSubmit();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const invalid = (field: string) => error.field === field;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // The photo is sent only when it changed; null removes it.
    const photo = draft.photo === (person.photo ?? '') ? undefined : draft.photo || null;
    const body = {
      ...draft,
      personal_id: draft.personal_id.replace(/\s/g, ''),
      full_name: draft.full_name.trim(),
      aliases: aliasesOf(draft.aliases),
      address: draft.address.trim(),
      sex: draft.sex || undefined,
      photo,
      confirm_id_mismatch: confirmMismatch,
    };
    const ok = await run(async () => {
      try {
        await updatePerson(person.id, body);
      } catch (e) {
        if (isMismatch(e)) setMismatch(true);
        throw e;
      }
    });
    if (ok) onSaved();
  }

  return (
    <form className="form panel edit-person" onSubmit={onSubmit} noValidate aria-labelledby="edit-person-title">
      <h2 id="edit-person-title">Sửa thông tin</h2>
      <TextField
        id="edit-id"
        label="Số định danh cá nhân"
        value={draft.personal_id}
        onValue={(v) => set('personal_id', v)}
        invalid={invalid('personal_id')}
        autoComplete="off"
      />
      <div className="grid-2">
        <TextField id="edit-name" label="Họ và tên" value={draft.full_name} onValue={(v) => set('full_name', v)}
          invalid={invalid('full_name')} autoComplete="off" />
        <TextField id="edit-aliases" label="Tên gọi khác (nếu có)" value={draft.aliases}
          onValue={(v) => set('aliases', v)} hint="Nhiều tên cách nhau bởi dấu phẩy." invalid={invalid('aliases')} />
        <DateInput id="edit-birth" label="Ngày sinh" value={draft.birth_date}
          onValue={(v) => set('birth_date', v)} invalid={invalid('birth_date')} />
        <SelectField id="edit-sex" label="Giới tính" value={draft.sex} onValue={(v) => set('sex', v as Draft['sex'])}
          options={optionsOf(SEX_LABELS)} required />
      </div>
      {mismatch && <IdMismatchConfirm checked={confirmMismatch} onChecked={setConfirmMismatch} />}
      <fieldset>
        <legend>Nơi cư trú</legend>
        {canPeople.pickCommune(user) && (
          <CommuneSelect id="edit-commune" value={draft.commune_code} onValue={(v) => set('commune_code', v)} required />
        )}
        <TextField id="edit-address" label="Địa chỉ (thôn, xóm, số nhà)" value={draft.address}
          onValue={(v) => set('address', v)} invalid={invalid('address')} />
        <StableResidence name="edit-stable" value={draft.stable_residence} onValue={(v) => set('stable_residence', v)} />
      </fieldset>
      {reference.data && (
        <DrugTypeChecks types={reference.data.drug_types} value={draft.drug_types} onValue={(v) => set('drug_types', v)} />
      )}
      <PhotoField value={draft.photo ?? ''} onValue={(v) => set('photo', v)} invalid={invalid('photo')} />
      <Alert>{error.message}</Alert>
      <FormButtons busy={busy} submit="Lưu thay đổi" busyText="Đang lưu…" onCancel={onCancel} />
    </form>
  );
}
