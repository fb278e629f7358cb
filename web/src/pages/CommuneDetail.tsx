import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useUser } from '../auth';
import { ApiError } from '../api/client';
import { getCommune, updateCommune, type Commune } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import { useLoad, useSubmit } from '../lib/hooks';
import { COMMUNE_KIND_LABELS } from '../lib/labels';
import { can } from '../lib/access/administration';
import { formatDateTime, formatNumber } from '../lib/format';
import { NotFound } from './NotFound';

export function CommuneDetail() {
  const { code = '' } = useParams();
  const user = useUser();
  const loaded = useLoad(() => getCommune(code), code);
  const [commune, setCommune] = useState<Commune | undefined>(undefined);
  useEffect(() => setCommune(loaded.data), [loaded.data]);

  if (loaded.failure instanceof ApiError && loaded.failure.status === 404) return <NotFound what="Xã, phường" />;
  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  if (!commune) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/xa-phuong">Xã, phường</Link> › {commune.name}
      </p>
      <PageHeader title={commune.name} />
      <dl className="facts">
        <div>
          <dt>Mã đơn vị</dt>
          <dd>{commune.code}</dd>
        </div>
        <div>
          <dt>Loại</dt>
          <dd>{COMMUNE_KIND_LABELS[commune.kind] ?? commune.kind}</dd>
        </div>
        <div>
          <dt>Tỉnh, thành phố</dt>
          <dd>{commune.province_name}</dd>
        </div>
        <div>
          <dt>Dân số</dt>
          <dd>{commune.population === null ? 'Chưa nhập' : formatNumber(commune.population)}</dd>
        </div>
        <div>
          <dt>Xã biên giới</dt>
          <dd>{commune.is_border ? 'Có' : 'Không'}</dd>
        </div>
        <div>
          <dt>Vùng sâu, vùng xa</dt>
          <dd>{commune.is_remote ? 'Có' : 'Không'}</dd>
        </div>
        <div>
          <dt>Cập nhật lần cuối</dt>
          <dd>{commune.updated_at ? formatDateTime(commune.updated_at) : 'Chưa cập nhật'}</dd>
        </div>
      </dl>
      {can.editCommune(user, commune.code) && <CommuneForm commune={commune} onSaved={setCommune} />}
    </section>
  );
}

function CommuneForm({ commune, onSaved }: { commune: Commune; onSaved(c: Commune): void }) {
  const [population, setPopulation] = useState(commune.population === null ? '' : String(commune.population));
  const [isBorder, setIsBorder] = useState(commune.is_border);
  const [isRemote, setIsRemote] = useState(commune.is_remote);
  const [saved, setSaved] = useState(false);
  const { busy, error, setError, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const text = population.trim().replace(/[.\s]/g, '');
    if (text !== '' && !/^\d+$/.test(text)) {
      setError({ message: 'Dân số phải là số nguyên không âm.', field: 'population' });
      return;
    }
    await run(async () => {
      const updated = await updateCommune(commune.code, {
        population: text === '' ? null : Number(text),
        is_border: isBorder,
        is_remote: isRemote,
      });
      onSaved(updated);
      setSaved(true);
    });
  }

  return (
    <form className="form narrow" onSubmit={onSubmit} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">Cập nhật thông tin</h2>
      <Alert>{error.message}</Alert>
      {saved && <Alert kind="success">Đã lưu thông tin xã, phường.</Alert>}
      <TextField
        id="population"
        label="Dân số (người)"
        inputMode="numeric"
        value={population}
        onValue={setPopulation}
        invalid={error.field === 'population'}
        hint="Số dân thường trú, từ 0 đến 10.000.000. Để trống nếu chưa có số liệu."
      />
      <div className="check">
        <input id="is-border" type="checkbox" checked={isBorder} onChange={(e) => setIsBorder(e.target.checked)} />
        <label htmlFor="is-border">Xã biên giới</label>
      </div>
      <div className="check">
        <input id="is-remote" type="checkbox" checked={isRemote} onChange={(e) => setIsRemote(e.target.checked)} />
        <label htmlFor="is-remote">Vùng sâu, vùng xa</label>
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Đang lưu…' : 'Lưu'}
      </button>
    </form>
  );
}
