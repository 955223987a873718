import type { RouteObject } from 'react-router';

// The administrator's screens under /can-bo/quan-tri, each its own chunk.
export const adminRoutes: RouteObject[] = [
  {
    path: 'quan-tri',
    lazy: async () => ({ Component: (await import('./AdminLayout')).AdminLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./AdminHome')).AdminHome }) },
      {
        path: 'lich-lam-viec',
        lazy: async () => ({ Component: (await import('./calendar/CalendarPage')).CalendarPage }),
      },
      {
        path: 'thong-bao-loi',
        lazy: async () => ({ Component: (await import('./DeadLettersPage')).DeadLettersPage }),
      },
      {
        path: 'nguoi-dung',
        lazy: async () => ({ Component: (await import('./users/UsersPage')).UsersPage }),
      },
      {
        path: 'co-quan',
        lazy: async () => ({ Component: (await import('./agencies/AgenciesPage')).AgenciesPage }),
      },
      {
        path: 'thu-tuc',
        lazy: async () => ({ Component: (await import('./catalog/CatalogPage')).CatalogPage }),
      },
      {
        path: 'linh-vuc',
        lazy: async () => ({ Component: (await import('./sectors/SectorsPage')).SectorsPage }),
      },
    ],
  },
];
