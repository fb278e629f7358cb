import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth, useUser } from '../auth';
import { can } from '../lib/access/administration';
import { roleLabel, scopeLabel } from '../lib/labels';
import { Alert } from './Alert';
import type { User } from '../api/types';
import { canPeople } from '../lib/access/people';
import { canPlans } from '../lib/access/plans';
import { InboxBell } from './InboxBell';

interface NavEntry {
  to: string;
  label: string;
  visible(user: User): boolean;
}

const everyone = () => true;

export const NAV: NavEntry[] = [
  { to: '/', label: 'Tổng quan', visible: everyone },
  { to: '/ke-hoach', label: 'Kế hoạch', visible: everyone },
  { to: '/nhiem-vu', label: 'Nhiệm vụ của tôi', visible: canPlans.myTasks },
  { to: '/duyet-bao-cao', label: 'Duyệt báo cáo', visible: canPlans.reviewReports },
  { to: '/doi-tuong', label: 'Đối tượng', visible: canPeople.read },
  { to: '/viec-can-lam', label: 'Việc cần làm', visible: canPeople.read },
  { to: '/dia-ban', label: 'Địa bàn', visible: everyone },
  { to: '/bao-cao', label: 'Báo cáo', visible: everyone },
  { to: '/xa-phuong', label: 'Xã, phường', visible: everyone },
  { to: '/nguoi-dung', label: 'Người dùng', visible: can.manageUsers },
  { to: '/nhat-ky', label: 'Nhật ký', visible: can.readAudit },
];

export function Layout() {
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const firstRender = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);

  // Escape closes the phone menu and puts focus back on its button, as a dialog-like disclosure should.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  // After client-side navigation move focus to the new page's heading, as a full page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('page-title')?.focus();
  }, [location.pathname]);

  async function onLogout() {
    await logout().catch(() => undefined);
    void navigate('/dang-nhap', { replace: true });
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header className={menuOpen ? 'topbar menu-open' : 'topbar'}>
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>
            <span className="brand-name">PCMT</span>
            <span className="brand-sub">Phòng, chống ma túy</span>
          </span>
        </Link>
        <InboxBell />
        {/* On a phone the account and the navigation fold behind this button, so the page starts near the top. */}
        <button
          ref={menuButton}
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="account main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? 'Đóng menu' : 'Menu'}
        </button>
        <div id="account" className="account">
          <p className="account-who">
            <span className="account-name">{user.full_name || user.username}</span>
            <span className="account-role">
              {roleLabel(user.role)} · {scopeLabel(user.scope)}
            </span>
          </p>
          <div className="account-actions">
            <Link className="button ghost" to="/doi-mat-khau">
              Đổi mật khẩu
            </Link>
            <Link className="button ghost" to="/tai-khoan">
              Tài khoản
            </Link>
            <button type="button" className="button ghost" onClick={onLogout}>
              Đăng xuất
            </button>
          </div>
        </div>
      </header>
      <div className="body">
        <nav id="main-nav" className={menuOpen ? 'sidenav open' : 'sidenav'} aria-label="Chức năng">
          <ul>
            {NAV.filter((entry) => entry.visible(user)).map((entry) => (
              <li key={entry.to}>
                <NavLink to={entry.to} end={entry.to === '/'}>
                  {entry.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {(location.state as { passwordChanged?: boolean } | null)?.passwordChanged && (
            <Alert kind="success">Đã đổi mật khẩu. Mời bạn tiếp tục làm việc.</Alert>
          )}
          <Outlet />
        </main>
      </div>
      <footer className="footer">
        <p>Hệ thống thông tin quản lý công tác phòng, chống ma túy</p>
      </footer>
    </div>
  );
}
