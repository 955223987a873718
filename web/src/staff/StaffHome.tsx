import { Navigate } from 'react-router';

// The console opens on the work queue (the dashboard and admin screens come with issue 9's
// next steps).
export function StaffHome() {
  return <Navigate to="/can-bo/ho-so" replace />;
}
