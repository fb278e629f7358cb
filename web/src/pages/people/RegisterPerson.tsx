// "Đăng ký đối tượng": a person is registered once, keyed by the 12-digit personal ID, which the
// server checks as it is typed. A mismatch with the entered sex or birth date, and a person
// already registered who may be the same, are shown before saving and must be confirmed.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useUser } from '../../auth';
import { NO_ERROR } from '../../api/client';
import { checkPerson, registerPerson, type Person } from '../../api/people';
import { Alert } from '../../components/Alert';
import { ErrorSummary, type FieldProblem } from '../../components/ErrorSummary';
import { FieldError } from '../../components/FieldError';
import { PageHeader } from '../../components/PageHeader';
import { SelectField, optionsOf } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { useDebounced, useLoad, useSubmit } from '../../lib/hooks';
import { scopeLabel } from '../../lib/labels';
import { canPeople } from '../../lib/access/people';
import { CommuneSelect } from './communes';
import { DrugTypeChecks } from './DrugTypeChecks';
import { SEX_LABELS, todayInVietnam } from './labels';
import { PhotoField } from './PhotoField';
import { IdMismatchConfirm, StableResidence, aliasesOf, type PersonDraft } from './PersonFormParts';
import { useReference } from './reference';
import { DuplicateList, IdCheckResult, idProgress } from './RegistrationCheck';
import { registrationErrors } from './registrationErrors';

/** The input each field's error belongs to, in the order of the form (the summary lists them so). */
const FIELD_INPUTS: Record<string, string> = {
  personal_id: 'person-id',
  full_name: 'person-name',
  aliases: 'person-aliases',
  birth_date: 'person-birth',
  sex: 'person-sex',
  commune_code: 'person-commune',
  address: 'person-address',
  photo: 'person-photo',
};

type Draft = PersonDraft;

function emptyDraft(commune: string): Draft {
  return {
    personal_id: '',
    full_name: '',
    aliases: '',
    birth_date: '',
    sex: '',
    commune_code: commune,
    address: '',
    stable_residence: true,
    drug_types: [],
    photo: '',
  };
}

export function RegisterPerson() {
  const user = useUser();
  const navigate = useNavigate();
  const reference = useReference();
  const ownCommune = canPeople.pickCommune(user) ? '' : user.scope.id;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(ownCommune));
  const [confirmMismatch, setConfirmMismatch] = useState(false);
  const [confirmNotDuplicate, setConfirmNotDuplicate] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  // Errors show from the first attempt to save on, and follow the fields as they are corrected.
  const [submitted, setSubmitted] = useState(false);
  const [failures, setFailures] = useState(0);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // The server's answer was about this field's old value.
    if (error.field === key) setError(NO_ERROR);
  };
  const id = draft.personal_id.replace(/\s/g, '');

  // Ask the server once the number is complete, or once name, birth date and commune are known.
  const facts = { personal_id: id, full_name: draft.full_name.trim(), birth_date: draft.birth_date, sex: draft.sex,
    commune_code: draft.commune_code };
  const settled = useDebounced(JSON.stringify(facts), 400);
  const checkable = (f: typeof facts) => f.personal_id.length === 12 || !!(f.full_name && f.birth_date && f.commune_code);
  const check = useLoad(async () => {
    const f = JSON.parse(settled) as typeof facts;
    if (!checkable(f)) return null;
    return checkPerson({ ...f, sex: f.sex || undefined });
  }, settled);
  const result = check.data && !check.loading ? check.data : null;
  // The ID part only while it answers the number now in the box.
  const idCheck = id.length === 12 && result && (JSON.parse(settled) as typeof facts).personal_id === id ? result.id_check : null;
  const mismatch = !!idCheck?.warnings?.length;
  const similar = (result?.duplicates ?? []).filter((d) => d.why === 'similar_name');

  const errors: Record<string, string | undefined> = registrationErrors(
    { ...draft, personal_id: id, aliases: aliasesOf(draft.aliases) },
    todayInVietnam(),
  );
  if (!errors.personal_id && idCheck && !idCheck.valid) errors.personal_id = idCheck.message;
  const blocking = Object.values(errors).some(Boolean);
  if (error.field && FIELD_INPUTS[error.field]) errors[error.field] = error.message;
  const problems: FieldProblem[] = submitted
    ? Object.entries(FIELD_INPUTS).flatMap(([field, input]) => (errors[field] ? [{ id: input, message: errors[field] }] : []))
    : [];
  const shown = (field: string) => (submitted ? errors[field] : undefined);
  // The ID check prints its own message under the number; the field repeats only other problems.
  const idShownByCheck = !!idCheck && !idCheck.valid && shown('personal_id') === idCheck.message;
  const idError = idShownByCheck ? undefined : shown('personal_id');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (blocking) {
      setFailures((n) => n + 1);
      return;
    }
    const body = {
      ...draft,
      personal_id: id,
      full_name: draft.full_name.trim(),
      aliases: aliasesOf(draft.aliases),
      address: draft.address.trim(),
      sex: draft.sex || undefined,
      photo: draft.photo || undefined,
      confirm_id_mismatch: confirmMismatch,
      confirm_not_duplicate: confirmNotDuplicate,
    };
    let saved: Person | undefined;
    const ok = await run(async () => {
      saved = await registerPerson(body);
    });
    if (ok && saved) void navigate(`/doi-tuong/${saved.id}`, { state: { registered: true } });
    else setFailures((n) => n + 1);
  }

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/doi-tuong">Đối tượng</Link> › Đăng ký
      </p>
      <PageHeader title="Đăng ký đối tượng" print={false} />
      <form className="form panel register-form" onSubmit={onSubmit} noValidate>
        <ErrorSummary problems={problems} attempt={failures} />
        <h2 className="visually-hidden">Thông tin đối tượng</h2>
        <div className="field">
          <label htmlFor="person-id">Số định danh cá nhân</label>
          <input
            id="person-id"
            inputMode="numeric"
            autoComplete="off"
            value={draft.personal_id}
            maxLength={15}
            aria-invalid={!!shown('personal_id') || (idCheck ? !idCheck.valid : undefined) || undefined}
            aria-describedby={`person-id-hint person-id-check${idError ? ' person-id-error' : ''}`}
            onChange={(e) => {
              set('personal_id', e.target.value);
              setConfirmMismatch(false);
            }}
          />
          <p id="person-id-hint" className="hint" aria-live="polite">
            {idProgress(id) || (check.loading ? 'Đang kiểm tra số định danh…' : '')}
          </p>
          {idCheck && <IdCheckResult check={idCheck} />}
          <FieldError id="person-id" error={idError} />
        </div>
        <div className="grid-2">
          <TextField
            id="person-name"
            label="Họ và tên"
            value={draft.full_name}
            onValue={(v) => set('full_name', v)}
            error={shown('full_name')}
            autoComplete="off"
          />
          <TextField
            id="person-aliases"
            label="Tên gọi khác (nếu có)"
            value={draft.aliases}
            onValue={(v) => set('aliases', v)}
            hint="Nhiều tên cách nhau bởi dấu phẩy."
            error={shown('aliases')}
          />
          <DateInput
            id="person-birth"
            label="Ngày sinh"
            value={draft.birth_date}
            onValue={(v) => set('birth_date', v)}
            error={shown('birth_date')}
          />
          <SelectField
            id="person-sex"
            label="Giới tính"
            value={draft.sex}
            onValue={(v) => set('sex', v as Draft['sex'])}
            options={optionsOf(SEX_LABELS)}
            empty="— Chọn —"
            required
            error={shown('sex')}
          />
        </div>
        {mismatch && <IdMismatchConfirm checked={confirmMismatch} onChecked={setConfirmMismatch} />}

        <fieldset>
          <legend>Nơi cư trú</legend>
          {canPeople.pickCommune(user) ? (
            <CommuneSelect
              id="person-commune"
              value={draft.commune_code}
              onValue={(v) => set('commune_code', v)}
              required
              error={shown('commune_code')}
            />
          ) : (
            <p className="fixed-value">
              <span className="muted">Xã, phường:</span> {scopeLabel(user.scope)}
            </p>
          )}
          <TextField
            id="person-address"
            label="Địa chỉ (thôn, xóm, số nhà)"
            value={draft.address}
            onValue={(v) => set('address', v)}
            error={shown('address')}
          />
          <StableResidence name="stable" value={draft.stable_residence} onValue={(v) => set('stable_residence', v)} />
        </fieldset>

        {reference.data && (
          <DrugTypeChecks
            types={reference.data.drug_types}
            value={draft.drug_types}
            onValue={(v) => set('drug_types', v)}
          />
        )}
        <PhotoField value={draft.photo ?? ''} onValue={(v) => set('photo', v)} invalid={!!shown('photo')} />

        {result && result.duplicates.length > 0 && <DuplicateList duplicates={result.duplicates} />}
        {similar.length > 0 && (
          <label className="check confirm-check">
            <input
              type="checkbox"
              checked={confirmNotDuplicate}
              onChange={(e) => setConfirmNotDuplicate(e.target.checked)}
            />
            Tôi đã xem các hồ sơ trên: đây là một người khác
          </label>
        )}

        {/* Errors about a field are on the field and in the summary; the rest here. */}
        <Alert>{error.field && FIELD_INPUTS[error.field] ? '' : error.message}</Alert>
        <div className="buttons">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Đang lưu…' : 'Đăng ký'}
          </button>
          <Link className="button secondary" to="/doi-tuong">
            Hủy
          </Link>
        </div>
      </form>
    </section>
  );
}
