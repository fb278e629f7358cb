import type { ProvinceAssessment as Assessment } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { Table } from '../../components/Table';
import { PROVINCE_CRITERION_LABELS, triLabel } from './labels';
import { TriBadge } from './TriBadge';

interface Row {
  id: string;
  met: boolean | null;
}

/** The province's own key-area assessment (QĐ 28/2025 Điều 5, at least 4 of 6 criteria). */
export function ProvinceAssessment({ assessment }: { assessment: Assessment }) {
  const rows: Row[] = Object.entries(assessment.criteria).map(([id, met]) => ({ id, met }));
  const sources = assessment.sources ?? {};
  return (
    <section aria-labelledby="province-title">
      <h2 id="province-title">Đánh giá địa bàn trọng điểm phức tạp cấp tỉnh</h2>
      <p>
        Tỉnh là địa bàn trọng điểm phức tạp khi đạt từ 4 trên 6 tiêu chí. Kết quả:{' '}
        <strong>{assessment.key_complex === null ? triLabel(null) : assessment.key_complex ? 'Có' : 'Không'}</strong>
      </p>
      {assessment.missing && assessment.missing.length > 0 && (
        <Alert kind="info">Có xã, phường chưa nhập dân số; các tỷ lệ cấp tỉnh được ghi “Thiếu dữ liệu”.</Alert>
      )}
      <Table
        caption="Tiêu chí cấp tỉnh"
        columns={[
          { label: 'Tiêu chí', render: (r) => r.id },
          { label: 'Nội dung', render: (r) => PROVINCE_CRITERION_LABELS[r.id] ?? r.id },
          { label: 'Kết quả', render: (r) => <TriBadge value={r.met} metIsBad /> },
          { label: 'Căn cứ', render: (r) => <span className="muted">{sources[r.id] ?? ''}</span> },
        ]}
        rows={rows}
        rowKey={(r) => r.id}
        empty="Không có tiêu chí."
      />
    </section>
  );
}
