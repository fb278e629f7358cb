import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';

export function NotFound({ what = 'Trang' }: { what?: string }) {
  return (
    <section>
      <PageHeader title="Không tìm thấy" print={false} />
      <p className="notice">{what} không tồn tại hoặc nằm ngoài phạm vi được giao cho bạn.</p>
      <p>
        <Link to="/">Về trang tổng quan</Link>
      </p>
    </section>
  );
}
