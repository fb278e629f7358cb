import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken, setPasswordChangeRequiredHandler, setUnauthorizedHandler } from './api/client';
import { login as signIn, logout as signOut, resumeSession, type User } from './api/types';

interface AuthState {
  /** undefined while the first /me is in flight; null when signed out. */
  user: User | null | undefined;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  /** Replace the cached user (after a password change, for instance). */
  setUser(user: User | null): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken('');
      setUser(null);
    });
    // RequireAuth then sends the user to the change-password page.
    setPasswordChangeRequiredHandler(() => setUser((u) => (u ? { ...u, must_change_password: true } : u)));
    resumeSession()
      .then((session) => {
        setCsrfToken(session.csrf_token);
        setUser(session.user);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
        setUser(null);
      });
    return () => {
      setUnauthorizedHandler(null);
      setPasswordChangeRequiredHandler(null);
    };
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const session = await signIn({ username, password });
    setCsrfToken(session.csrf_token);
    setUser(session.user);
    return session.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await signOut();
    } finally {
      setCsrfToken('');
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, login, logout, setUser }), [user, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; only call below RequireAuth. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
