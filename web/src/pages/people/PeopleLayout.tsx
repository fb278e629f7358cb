// The frame of the people registry's pages: its own navigation, the reason of the current task,
// and the dialog that asks for one.
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useUser } from '../../auth';
import type { User } from '../../api/types';
import { canPeople } from '../../lib/access/people';
import { ReasonBar, ReasonProvider } from './reason';
import '../plans/plans.css';
import './people.css';

const PAGES: { to: string; label: string; visible(u: User): boolean }[] = [
  { to: '/doi-tuong', label: 'Tra cứu', visible: canPeople.read },
  { to: '/doi-tuong/dang-ky', label: 'Đăng ký đối tượng', visible: canPeople.register },
  { to: '/viec-can-lam', label: 'Việc cần làm', visible: canPeople.read },
  { to: '/doi-tuong/nhap', label: 'Nhập danh sách', visible: canPeople.register },
  { to: '/doi-tuong/doi-chieu-cu-tru', label: 'Đối chiếu cư trú', visible: canPeople.read },
  { to: '/doi-tuong/thong-ke', label: 'Thống kê', visible: canPeople.read },
  { to: '/doi-tuong/co-so', label: 'Cơ sở cai nghiện, điều trị', visible: canPeople.read },
  { to: '/doi-tuong/quy-dinh', label: 'Quy định thời hạn', visible: canPeople.read },
];

export function PeopleLayout() {
  const user = useUser();
  const location = useLocation();
  const list = useRef<HTMLUListElement>(null);

  // On a phone the row scrolls sideways: bring the current page's entry into view.
  useEffect(() => {
    const ul = list.current;
    const current = ul?.querySelector<HTMLElement>('[aria-current="page"]');
    if (ul && current) ul.scrollLeft = current.offsetLeft - (ul.clientWidth - current.offsetWidth) / 2;
  }, [location.pathname]);

  return (
    <ReasonProvider>
      <nav className="subnav" aria-label="Quản lý đối tượng">
        <ul ref={list}>
          {PAGES.filter((p) => p.visible(user)).map((p) => (
            <li key={p.to}>
              <NavLink to={p.to} end>
                {p.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <ReasonBar />
      <Outlet />
    </ReasonProvider>
  );
}
