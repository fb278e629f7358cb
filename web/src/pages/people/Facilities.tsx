// Rehab facilities and substitution-treatment facilities of the province: capacity and current
// occupancy (the people in each one's care). The standing office and the admin add and change
// them, and link a facility to the agency whose accounts are its staff.
import { useState, type FormEvent } from 'react';
import { useUser } from '../../auth';
import { createFacility, listFacilities, updateFacility, type Facility, type FacilityKind } from '../../api/people';
import { listAgencies } from '../../api/types';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SearchSelect } from '../../components/SearchSelect';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { canPeople } from '../../lib/access/people';
import { FACILITY_KIND_LABELS, label } from './labels';
import { FormButtons } from '../../components/FormButtons';

function Occupancy({ f }: { f: Facility }) {
  const share = f.capacity > 0 ? Math.min(100, Math.round((f.occupancy / f.capacity) * 100)) : 0;
  return (
    <span className="stack">
      <span>
        {formatNumber(f.occupancy)}/{formatNumber(f.capacity)} ({share}%)
      </span>
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${share}%` }} className={share >= 100 ? 'meter-full' : undefined} />
      </span>
      {f.occupancy > f.capacity && <span className="tag tag-off">Vượt sức chứa</span>}
    </span>
  );
}

interface Draft {
  kind: FacilityKind;
  name: string;
  address: string;
  capacity: string;
  agency: string;
}

function FacilityForm({ facility, onSaved, onCancel }: { facility?: Facility; onSaved(): void; onCancel(): void }) {
  const user = useUser();
  const [draft, setDraft] = useState<Draft>({
    kind: facility?.kind ?? 'rehab',
    name: facility?.name ?? '',
    address: facility?.address ?? '',
    capacity: facility ? String(facility.capacity) : '',
    agency: facility?.agency_id ? String(facility.agency_id) : '',
  });
  const { busy, error, run } = useSubmit();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = {
      kind: draft.kind,
      name: draft.name.trim(),
      address: draft.address.trim(),
      capacity: draft.capacity === '' ? undefined : Number(draft.capacity),
      agency_id: draft.agency ? Number(draft.agency) : null,
    };
    const ok = await run(async () => {
      if (facility) await updateFacility(facility.id, body);
      else await createFacility(body);
    });
    if (ok) onSaved();
  }

  const searchAgencies = async (q: string) => {
    const page = await listAgencies({ province: user.province_code, q, page_size: 50 });
    return page.items.map((a) => ({ value: String(a.id), label: a.name }));
  };
  const title = facility ? `Sửa: ${facility.name}` : 'Thêm cơ sở';

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-label={title}>
      <h2>{title}</h2>
      <div className="grid-2">
        <SelectField
          id="facility-kind"
          label="Loại cơ sở"
          value={draft.kind}
          onValue={(v) => set('kind', v as FacilityKind)}
          options={optionsOf(FACILITY_KIND_LABELS)}
        />
        <TextField
          id="facility-capacity"
          label="Sức chứa (người)"
          type="number"
          min={0}
          inputMode="numeric"
          value={draft.capacity}
          onValue={(v) => set('capacity', v)}
          invalid={error.field === 'capacity'}
        />
      </div>
      <TextField id="facility-name" label="Tên cơ sở" value={draft.name} onValue={(v) => set('name', v)}
        invalid={error.field === 'name'} />
      <TextField id="facility-address" label="Địa chỉ" value={draft.address} onValue={(v) => set('address', v)}
        invalid={error.field === 'address'} />
      <SearchSelect
        label="Đơn vị quản lý (tài khoản của đơn vị này là cán bộ cơ sở)"
        searchLabel="Tìm cơ quan, đơn vị"
        value={draft.agency}
        currentOption={facility?.agency_id ? { value: String(facility.agency_id), label: facility.agency_name ?? '' } : undefined}
        search={searchAgencies}
        searchKey={`facility-agency|${user.province_code}`}
        onChange={(v) => set('agency', v)}
      />
      <Alert>{error.message}</Alert>
      <FormButtons busy={busy} submit="Lưu" busyText="Đang lưu…" onCancel={onCancel} />
    </form>
  );
}

export function Facilities() {
  const user = useUser();
  const facilities = useLoad(() => listFacilities(), 'facilities');
  const [editing, setEditing] = useState<Facility | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const manage = canPeople.manageFacilities(user);

  const columns: Column<Facility>[] = [
    { label: 'Tên cơ sở', render: (f) => f.name },
    { label: 'Loại', render: (f) => label(FACILITY_KIND_LABELS, f.kind) },
    { label: 'Địa chỉ', render: (f) => f.address },
    { label: 'Đang quản lý / sức chứa', render: (f) => <Occupancy f={f} /> },
    { label: 'Đơn vị quản lý', render: (f) => f.agency_name ?? '' },
    ...(manage
      ? [
          {
            label: 'Thao tác',
            render: (f: Facility) => (
              <button
                type="button"
                className="button secondary small"
                aria-label={`Sửa ${f.name}`}
                onClick={() => {
                  setSaved(false);
                  setEditing(f);
                }}
              >
                Sửa
              </button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section>
      <PageHeader title="Cơ sở cai nghiện, điều trị thay thế">
        {manage && editing === null && (
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setSaved(false);
              setEditing('new');
            }}
          >
            Thêm cơ sở
          </button>
        )}
      </PageHeader>
      {saved && <Alert kind="success">Đã lưu cơ sở.</Alert>}
      {editing !== null && (
        <FacilityForm
          key={editing === 'new' ? 'new' : editing.id}
          facility={editing === 'new' ? undefined : editing}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
            facilities.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <Alert>{facilities.error}</Alert>
      <Table
        caption="Danh sách cơ sở"
        columns={columns}
        rows={facilities.data?.items ?? []}
        rowKey={(f) => f.id}
        empty={
          manage
            ? 'Chưa có cơ sở nào trong danh mục. Bấm “Thêm cơ sở” để ghi cơ sở cai nghiện, điều trị thay thế của tỉnh.'
            : 'Chưa có cơ sở nào trong danh mục. Cơ quan thường trực hoặc quản trị viên ghi danh mục cơ sở của tỉnh.'
        }
        loading={facilities.loading}
      />
    </section>
  );
}
