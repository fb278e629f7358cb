// "Báo cáo": the periodic reports in the prescribed forms are still to come, but officials opening this
// menu look for figures to send upward now — point them to the exports each module already has.
import { Link } from 'react-router';
import type { User } from '../api/types';
import { useUser } from '../auth';
import { PageHeader } from '../components/PageHeader';
import { canPeople } from '../lib/access/people';

interface ReportLink {
  to: string;
  title: string;
  how: string;
  visible: (u: User) => boolean;
}

const everyone = () => true;

const REPORTS: ReportLink[] = [
  {
    to: '/ke-hoach',
    title: 'Báo cáo tổng hợp thực hiện kế hoạch (DOCX, XLSX)',
    how: 'Mở kế hoạch, xuất ở mục “Báo cáo tổng hợp” (sau phần “Theo dõi thực hiện”).',
    visible: everyone,
  },
  {
    to: '/doi-tuong/thong-ke',
    title: 'Thống kê đối tượng theo giới tính, độ tuổi, loại ma túy (XLSX)',
    how: 'Bấm “Xuất thống kê (XLSX)”; cần nêu lý do.',
    visible: canPeople.read,
  },
  {
    to: '/dia-ban/chi-tieu',
    title: 'Chỉ tiêu phòng, chống ma túy của năm so với năm trước (XLSX)',
    how: 'Chọn năm đánh giá, bấm “Tải Excel”.',
    visible: everyone,
  },
  {
    to: '/dia-ban/khong-ma-tuy',
    title: 'Danh sách xã, phường không ma túy (XLSX)',
    how: 'Chọn năm đánh giá, bấm “Tải Excel”.',
    visible: everyone,
  },
];

export function Reports() {
  const user = useUser();
  return (
    <section>
      <PageHeader title="Báo cáo" />
      <h2>Số liệu xuất được ngay</h2>
      <ul className="report-links">
        {REPORTS.filter((r) => r.visible(user)).map((r) => (
          <li key={r.to}>
            <Link to={r.to}>{r.title}</Link>
            <span className="muted"> — {r.how}</span>
          </li>
        ))}
      </ul>
      <div className="construction">
        <p className="badge">Đang xây dựng</p>
        <p>Báo cáo định kỳ theo mẫu quy định, tổng hợp từ mọi phân hệ, sẽ có trong các phiên bản tiếp theo.</p>
      </div>
    </section>
  );
}
