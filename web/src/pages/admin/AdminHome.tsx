import { Navigate } from 'react-router';

// The administration opens on the working calendar.
export function AdminHome() {
  return <Navigate to="lich-lam-viec" replace />;
}
