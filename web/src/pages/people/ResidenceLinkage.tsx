// "Đối chiếu cư trú": the registry compared with an extract of the population/residence database.
// Each registered person agrees, differs (which fields) or is not found; people the extract
// registers in another commune are listed so that their dossier can be transferred. The comparison
// runs as a job on the server; its id is in the URL while it runs.
import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import type { Job } from '../../api/jobs';
import { linkResidence, listResidenceLinks, type LinkageItem, type LinkageReport } from '../../api/people';
import { Alert } from '../../components/Alert';
import { JobProgress, useJobParam } from '../../components/JobProgress';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { canPeople } from '../../lib/access/people';
import { PersonCell } from './cells';
import { ColumnMapping, chosenColumns } from './ColumnMapping';
import { CommuneSelect } from './communes';
import { rowErrorColumns } from './ImportPeople';
import { LINKAGE_FIELDS, LINK_DIFFERENCE_LABELS, LINK_STATUS_LABELS, label } from './labels';
import { useQueryState } from '../../lib/searchParams';
import { readTable } from './tableHeaders';

type Upload = Awaited<ReturnType<typeof readTable>>;

const PAGE_SIZE = 50;

const linkColumns: Column<LinkageItem>[] = [
  {
    label: 'Đối tượng',
    render: (i) => <PersonCell id={i.person_id} name={i.full_name} personalId={i.personal_id} />,
  },
  {
    label: 'Kết quả',
    render: (i) => (
      <span className={`tag tag-${i.status === 'agrees' ? 'on' : i.status === 'differs' ? 'warn' : 'off'}`}>
        {label(LINK_STATUS_LABELS, i.status)}
      </span>
    ),
  },
  { label: 'Khác nhau ở', render: (i) => i.differences.map((d) => label(LINK_DIFFERENCE_LABELS, d)).join(', ') },
  {
    label: 'Nơi đăng ký cư trú',
    render: (i) =>
      i.registered_commune_name ? (
        <span className="stack">
          <span>{i.registered_commune_name}</span>
          {i.registered_elsewhere && <span className="tag tag-off">Ở xã, phường khác</span>}
        </span>
      ) : (
        ''
      ),
  },
];

function Figures({ report }: { report: LinkageReport }) {
  const items: [string, number, string][] = [
    ['Dòng trong tệp', report.extract_rows, ''],
    ['Đối tượng đã đối chiếu', report.compared, ''],
    ['Khớp', report.agrees, 'figure-on'],
    ['Khác', report.differs, 'figure-warn'],
    ['Không có trong dữ liệu dân cư', report.not_found, 'figure-off'],
    ['Đăng ký cư trú ở xã, phường khác', report.elsewhere, 'figure-off'],
    ['Có trong tệp, chưa đăng ký đối tượng', report.not_in_registry, ''],
  ];
  return (
    <dl className="figures">
      {items.map(([name, value, tone]) => (
        <div key={name} className={`figure ${tone}`}>
          <dt>{name}</dt>
          <dd>
            <span className="figure-value">{formatNumber(value)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function LinkageUpload({ onDone }: { onDone(): void }) {
  const user = useUser();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [commune, setCommune] = useState('');
  const [report, setReport] = useState<LinkageReport | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [jobId, setJobId] = useJobParam();
  const { busy, error, setError, run } = useSubmit();

  async function compare() {
    if (!upload) return;
    const { headers: _headers, ...table } = upload;
    setReport(null);
    setCancelled(false);
    await run(async () => {
      const body = { ...table, mapping: chosenColumns(mapping), commune };
      setJobId((await linkResidence(body)).job_id);
    });
  }

  function onCompared(job: Job<LinkageReport>) {
    setJobId(null);
    if (job.state === 'done' && job.result) {
      setReport(job.result);
      onDone();
    } else if (job.state === 'cancelled') {
      setCancelled(true);
    } else {
      setError({ message: job.error?.message ?? 'Không đối chiếu được tệp trích xuất.' });
    }
  }

  return (
    <>
      <form className="form panel" onSubmit={(e) => e.preventDefault()} noValidate>
        <h2>Đối chiếu với dữ liệu dân cư</h2>
        <p className="hint">
          Tệp trích xuất từ Cơ sở dữ liệu quốc gia về dân cư (.xlsx hoặc .csv) gồm số định danh cá nhân, họ và tên, ngày
          sinh, xã, phường đăng ký cư trú và địa chỉ.
        </p>
        <div className="field">
          <label htmlFor="linkage-file">Tệp trích xuất dữ liệu dân cư</label>
          <input
            id="linkage-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const file = e.target.files?.[0];
              setReport(null);
              setMapping({});
              setUpload(null);
              if (file) void readTable(file).then(setUpload);
            }}
          />
        </div>
        {canPeople.pickCommune(user) && (
          <CommuneSelect
            id="linkage-commune"
            label="Chỉ đối chiếu đối tượng của xã, phường"
            value={commune}
            onValue={setCommune}
            empty="Toàn tỉnh"
          />
        )}
        {upload && <ColumnMapping fields={LINKAGE_FIELDS} headers={upload.headers} mapping={mapping} onChange={setMapping} />}
        <button
          type="button"
          className="button primary"
          disabled={!upload || busy || jobId !== null}
          onClick={() => void compare()}
        >
          {busy || jobId !== null ? 'Đang đối chiếu…' : 'Đối chiếu'}
        </button>
      </form>
      {jobId !== null && (
        <JobProgress<LinkageReport>
          id={jobId}
          title="Đang đối chiếu với dữ liệu dân cư"
          cancelQuestion="Hủy việc đối chiếu? Kết quả đối chiếu gần nhất được giữ nguyên."
          onEnded={onCompared}
        />
      )}
      <Alert>{error.message}</Alert>
      {cancelled && <Alert kind="info">Đã hủy việc đối chiếu; kết quả đối chiếu gần nhất được giữ nguyên.</Alert>}
      {report && (
        <section aria-labelledby="linkage-result-title">
          <h2 id="linkage-result-title">Kết quả đối chiếu</h2>
          <Figures report={report} />
          {report.errors.length > 0 && (
            <>
              <h3>Dòng không đọc được (đã bỏ qua)</h3>
              <Table
                caption="Dòng không đọc được của tệp trích xuất"
                columns={rowErrorColumns((f) => LINKAGE_FIELDS.find((x) => x.field === f)?.label ?? f)}
                rows={report.errors}
                rowKey={(e) => `${e.line}-${e.field}-${e.code}`}
                empty=""
              />
            </>
          )}
          <h3>Đối tượng chưa khớp</h3>
          <Table
            caption="Đối tượng chưa khớp với dữ liệu dân cư"
            columns={linkColumns}
            rows={report.items}
            rowKey={(i) => i.person_id}
            empty="Mọi đối tượng đều khớp với dữ liệu dân cư."
          />
        </section>
      )}
    </>
  );
}

export function ResidenceLinkage() {
  const user = useUser();
  const [params, update] = useQueryState();
  const status = params.get('status') ?? '';
  const elsewhere = params.get('elsewhere') ?? 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { status, elsewhere, page, page_size: PAGE_SIZE };
  const links = useLoad(
    () => listResidenceLinks(query),
    JSON.stringify(query),
  );

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/doi-tuong">Đối tượng</Link> › Đối chiếu cư trú
      </p>
      <PageHeader title="Đối chiếu nơi cư trú" print={false} />
      {canPeople.register(user) && <LinkageUpload onDone={links.reload} />}
      <section aria-labelledby="links-title">
        <h2 id="links-title">Kết quả đối chiếu gần nhất</h2>
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id="links-elsewhere"
            label="Phạm vi"
            value={elsewhere}
            onValue={(v) => update({ elsewhere: v, page: '' })}
            options={[
              { value: 'true', label: 'Đăng ký cư trú ở xã, phường khác (cần chuyển hồ sơ)' },
              { value: 'false', label: 'Tất cả đối tượng đã đối chiếu' },
            ]}
          />
          <SelectField
            id="links-status"
            label="Kết quả"
            value={status}
            onValue={(v) => update({ status: v, page: '' })}
            options={optionsOf(LINK_STATUS_LABELS)}
            empty="Tất cả"
          />
        </form>
        <PagedTable
          loaded={links}
          caption="Kết quả đối chiếu nơi cư trú"
          columns={linkColumns}
          rowKey={(i) => i.person_id}
          empty="Chưa có kết quả đối chiếu phù hợp."
          noun="đối tượng"
          onPage={(p) => update({ page: String(p) })}
        />
      </section>
    </section>
  );
}
