import { Link } from 'react-router';
import { PageHeader } from './PageHeader';

export function Forbidden() {
  return (
    <section>
      <PageHeader title="Không có quyền truy cập" />
      <p>Vai trò của bạn không được sử dụng chức năng này.</p>
      <p>
        <Link to="/">Về trang tổng quan</Link>
      </p>
    </section>
  );
}
