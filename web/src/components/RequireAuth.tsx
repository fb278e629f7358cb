import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth';
import type { User } from '../api/types';
import { Forbidden } from './Forbidden';

/** Renders children for a signed-in user allowed by `allow`; otherwise the login page or a refusal. */
export function RequireAuth({ children, allow }: { children: ReactNode; allow?: (user: User) => boolean }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }
  if (user === null) {
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  }
  if (user.must_change_password && location.pathname !== '/doi-mat-khau') {
    return <Navigate to="/doi-mat-khau" replace state={{ from: location.pathname + location.search }} />;
  }
  if (allow && !allow(user)) return <Forbidden />;
  return <>{children}</>;
}
