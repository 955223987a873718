import type { RouteObject } from 'react-router';

// The desk's and the handlers' screens under /can-bo, each its own chunk.
export const staffRoutes: RouteObject[] = [
  {
    path: 'tiep-nhan',
    lazy: async () => ({ Component: (await import('./intake/IntakePage')).IntakePage }),
  },
  {
    path: 'ho-so/:dossierId',
    lazy: async () => ({ Component: (await import('./dossier/DossierPage')).DossierPage }),
  },
];
