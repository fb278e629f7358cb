import { PageHeader } from '../components/PageHeader';

export function UnderConstruction({ title, about }: { title: string; about: string }) {
  return (
    <section>
      <PageHeader title={title} />
      <div className="construction">
        <p className="badge">Đang xây dựng</p>
        <p>{about}</p>
        <p>Chức năng này sẽ có trong các phiên bản tiếp theo.</p>
      </div>
    </section>
  );
}
