import { createBrowserRouter } from 'react-router';
import { adminRoutes } from '../pages/admin/routes';
import { leaderRoutes } from '../pages/leader/routes';
import { staffRoutes } from '../pages/staff/routes';
import { citizenRoutes } from '../portal/citizen/routes';
import { HomePage } from '../portal/HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PortalLayout } from './PortalLayout';

// Route paths are Vietnamese, as citizens read and share them. /tra-cuu?code=... is also what
// the receipt's QR code opens (PUBLIC_BASE_URL/tra-cuu, src/modules/dossiers/forms-http).
// Every page but the home page is its own chunk, and the staff console (with the chart
// library) is loaded only when someone opens /can-bo: a citizen's phone downloads the shell,
// the home page and the one page it opens.
export const router = createBrowserRouter([
  {
    path: '/',
    Component: PortalLayout,
    children: [
      { index: true, Component: HomePage },
      {
        path: 'thu-tuc/:procedureId',
        lazy: async () => ({ Component: (await import('../portal/ProcedurePage')).ProcedurePage }),
      },
      {
        path: 'tra-cuu',
        lazy: async () => ({ Component: (await import('../portal/TrackingPage')).TrackingPage }),
      },
      ...citizenRoutes,
      { path: '*', Component: NotFoundPage },
    ],
  },
  {
    path: '/can-bo/dang-nhap',
    lazy: async () => ({ Component: (await import('../staff/SignInPage')).SignInPage }),
  },
  {
    path: '/can-bo',
    lazy: async () => ({ Component: (await import('../staff/StaffLayout')).StaffLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../staff/StaffHome')).StaffHome }) },
      {
        path: 'ho-so',
        lazy: async () => ({ Component: (await import('../staff/queue/QueuePage')).QueuePage }),
      },
      {
        path: 'doi-mat-khau',
        lazy: async () => ({ Component: (await import('../staff/ChangePasswordPage')).ChangePasswordPage }),
      },
      ...staffRoutes,
      ...leaderRoutes,
      ...adminRoutes,
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
