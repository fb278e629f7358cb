// "Thống kê": people under illegal-user management, addicts, each rehab form, substitution
// treatment and post-rehab management in the province or one commune — by sex, age band and drug
// type, and per commune — with the XLSX export (reason asked, audited).
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { getStatistics, statisticsExportUrl, type CategoryCounts, type Statistics as Stats } from '../../api/people';
import { downloadFile } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { Table, type Column } from '../../components/Table';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';
import { canPeople } from '../../lib/access/people';
import { CommuneSelect } from './communes';
import { AGE_BAND_LABELS, SEX_LABELS, formatDate } from './labels';
import { useReason } from './reason';
import { useReference } from './reference';

const count = (n: number | undefined) => formatNumber(n ?? 0);

export function Statistics() {
  const user = useUser();
  const reference = useReference();
  const { ensure } = useReason();
  const [params, setParams] = useSearchParams();
  const commune = params.get('commune') ?? '';
  const stats = useLoad(() => getStatistics(commune), commune);
  const exporting = useSubmit();
  const data = stats.data;

  const categoryColumn: Column<CategoryCounts> = { label: 'Đối tượng', render: (c) => c.label };
  const bySexAge: Column<CategoryCounts>[] = [
    categoryColumn,
    { label: 'Tổng số', numeric: true, render: (c) => <strong>{count(c.total)}</strong> },
    ...Object.entries(SEX_LABELS).map(([code, name]) => ({
      label: name,
      numeric: true,
      render: (c: CategoryCounts) => count(c.by_sex[code]),
    })),
    ...Object.entries(AGE_BAND_LABELS).map(([code, name]) => ({
      label: name,
      numeric: true,
      render: (c: CategoryCounts) => count(c.by_age_band[code]),
    })),
  ];
  // Only the drug types someone uses, so the table stays readable.
  const usedDrugs = (reference.data?.drug_types ?? []).filter((d) =>
    data?.categories.some((c) => (c.by_drug_type[d.code] ?? 0) > 0),
  );
  const byDrug: Column<CategoryCounts>[] = [
    categoryColumn,
    ...usedDrugs.map((d) => ({ label: d.label, numeric: true, render: (c: CategoryCounts) => count(c.by_drug_type[d.code]) })),
  ];
  type CommuneRow = Stats['communes'][number];
  const byCommune: Column<CommuneRow>[] = [
    { label: 'Xã, phường', render: (c) => c.name },
    ...(data?.categories ?? []).map((cat) => ({
      label: cat.label,
      numeric: true,
      render: (c: CommuneRow) => count(c.counts[cat.code]),
    })),
  ];

  function onExport() {
    void exporting.run(async () => {
      const reason = await ensure('Xuất số liệu thống kê ra tệp Excel cần nêu lý do.', 'Lập báo cáo thống kê định kỳ');
      if (!reason) return;
      await downloadFile(statisticsExportUrl({ commune, reason }), 'thong-ke-doi-tuong.xlsx');
    });
  }

  return (
    <section>
      <PageHeader title="Thống kê đối tượng">
        <button type="button" className="button secondary" disabled={exporting.busy || !data} onClick={onExport}>
          {exporting.busy ? 'Đang xuất…' : 'Xuất thống kê (XLSX)'}
        </button>
      </PageHeader>
      <Alert>{exporting.error.message}</Alert>
      {canPeople.pickCommune(user) && (
        <form className="filters single" onSubmit={(e) => e.preventDefault()}>
          <CommuneSelect
            id="stats-commune"
            value={commune}
            onValue={(v) => setParams(v ? { commune: v } : {}, { replace: true })}
            empty="Toàn tỉnh"
          />
        </form>
      )}
      <Alert>{stats.error}</Alert>
      {data && (
        <p className="muted">
          Số liệu tính đến ngày {formatDate(data.as_of)}; độ tuổi tính theo tuổi tròn tại ngày này. “Người nghiện ma túy” gồm cả
          người đang cai nghiện, điều trị thay thế.
        </p>
      )}
      <h2>Theo giới tính và độ tuổi</h2>
      <div className="wide-table">
        <Table
          caption="Số đối tượng theo giới tính và độ tuổi"
          columns={bySexAge}
          rows={data?.categories ?? []}
          rowKey={(c) => c.code}
          empty=""
          loading={stats.loading}
        />
      </div>
      <h2>Theo loại ma túy sử dụng</h2>
      {usedDrugs.length === 0 ? (
        <p className="muted">Chưa có đối tượng nào được ghi nhận loại ma túy sử dụng.</p>
      ) : (
        <div className="wide-table">
          <Table
            caption="Số đối tượng theo loại ma túy"
            columns={byDrug}
            rows={data?.categories ?? []}
            rowKey={(c) => c.code}
            empty=""
            loading={stats.loading}
          />
        </div>
      )}
      {!commune && (
        <>
          <h2>Theo xã, phường</h2>
          <div className="wide-table">
            <Table
              caption="Số đối tượng theo xã, phường"
              columns={byCommune}
              rows={data?.communes ?? []}
              rowKey={(c) => c.code}
              empty="Chưa có đối tượng nào."
              loading={stats.loading}
            />
          </div>
        </>
      )}
    </section>
  );
}
