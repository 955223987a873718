import { Navigate, Outlet, useLocation } from 'react-router';
import { useCitizenSession } from './citizen-session';

// The citizen's own pages: without a session, sign in first and come back here.
export function RequireCitizen() {
  const session = useCitizenSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to="/dang-nhap" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}

// Where to go after signing in: the page that asked for it, or my dossiers.
export function returnPathOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/ho-so-cua-toi';
}
