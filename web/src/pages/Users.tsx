import { useEffect, useState } from 'react';
import { listUsers, type User } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { PagedTable } from '../components/PagedTable';
import type { Column } from '../components/Table';
import { useDebounced, useLoad } from '../lib/hooks';
import { roleLabel, scopeLabel } from '../lib/labels';
import { UserCreateForm } from './UserCreateForm';
import { UserEditPanel } from './UserEditPanel';
import { exportUsers } from '../api/exports';
import { ExcelButton } from '../components/ExcelButton';
import { UsersImport } from './UsersImport';
import { formatNumber } from '../lib/format';

const PAGE_SIZE = 50;

type Panel = { kind: 'none' } | { kind: 'create' } | { kind: 'import' } | { kind: 'edit'; user: User };

export function Users() {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const [page, setPage] = useState(1);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [notice, setNotice] = useState('');
  const users = useLoad(() => listUsers({ q, page, page_size: PAGE_SIZE }), `${q}|${page}`);

  useEffect(() => setPage(1), [q]);
  // Move focus into a panel when it opens so keyboard users land on it.
  const panelKey = panel.kind === 'edit' ? `edit-${panel.user.id}` : panel.kind;
  useEffect(() => {
    const id = panelKey === 'create' ? 'create-title' : panelKey.startsWith('edit') ? 'edit-user-title' : null;
    if (id) document.getElementById(id)?.focus();
  }, [panelKey]);

  const columns: Column<User>[] = [
    { label: 'Tên đăng nhập', render: (u) => u.username },
    { label: 'Họ và tên', render: (u) => u.full_name },
    { label: 'Vai trò', render: (u) => roleLabel(u.role) },
    { label: 'Phạm vi', render: (u) => scopeLabel(u.scope) },
    {
      label: 'Trạng thái',
      render: (u) =>
        u.disabled ? <span className="tag tag-off">Đã vô hiệu hóa</span> : <span className="tag tag-on">Hoạt động</span>,
    },
    {
      label: 'Thao tác',
      render: (u) => (
        <button
          type="button"
          className="button small secondary"
          aria-label={`Sửa tài khoản ${u.username}`}
          onClick={() => {
            setNotice('');
            setPanel({ kind: 'edit', user: u });
          }}
        >
          Sửa
        </button>
      ),
    },
  ];

  return (
    <section>
      <PageHeader title="Người dùng">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setNotice('');
            setPanel({ kind: 'create' });
          }}
        >
          Thêm người dùng
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setNotice('');
            setPanel({ kind: 'import' });
          }}
        >
          Nhập từ tệp
        </button>
        <ExcelButton download={() => exportUsers({ q })} />
      </PageHeader>

      <Alert kind="success">{notice}</Alert>
      {panel.kind === 'create' && (
        <UserCreateForm
          onCancel={() => setPanel({ kind: 'none' })}
          onCreated={(created) => {
            setPanel({ kind: 'none' });
            setNotice(`Đã tạo tài khoản ${created.username}.`);
            users.reload();
          }}
        />
      )}
      {panel.kind === 'import' && (
        <UsersImport
          onCancel={() => setPanel({ kind: 'none' })}
          onCreated={(count) => {
            setPanel({ kind: 'none' });
            setNotice(`Đã tạo ${formatNumber(count)} tài khoản.`);
            users.reload();
          }}
        />
      )}
      {panel.kind === 'edit' && (
        <UserEditPanel
          key={panel.user.id}
          user={panel.user}
          onClose={() => setPanel({ kind: 'none' })}
          onChanged={(changed) => {
            setPanel({ kind: 'edit', user: changed });
            users.reload();
          }}
        />
      )}

      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="user-search">Tìm theo tên đăng nhập hoặc họ tên</label>
          <input id="user-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
      </form>
      <PagedTable
        loaded={users}
        caption="Danh sách người dùng"
        columns={columns}
        rowKey={(u) => u.id}
        empty="Không có người dùng nào khớp với điều kiện tìm kiếm."
        noun="người dùng"
        onPage={setPage}
      />
    </section>
  );
}
