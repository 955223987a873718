import type { RouteObject } from 'react-router';

// The desk's and the handlers' screens under /can-bo, and every staff member's notices, each its
// own chunk.
export const staffRoutes: RouteObject[] = [
  {
    path: 'tiep-nhan',
    lazy: async () => ({ Component: (await import('./intake/IntakePage')).IntakePage }),
  },
  {
    path: 'ho-so/:dossierId',
    lazy: async () => ({ Component: (await import('./dossier/DossierPage')).DossierPage }),
  },
  {
    path: 'thong-bao',
    lazy: async () => ({ Component: (await import('./notices/StaffNoticesPage')).StaffNoticesPage }),
  },
];
