import type { RouteObject } from 'react-router';

// The citizen's pages inside the portal, each its own chunk: a phone that only searches the
// catalog or tracks a dossier never downloads them.
export const citizenRoutes: RouteObject[] = [
  {
    path: 'dang-nhap',
    lazy: async () => ({ Component: (await import('./SignInPage')).SignInPage }),
  },
  {
    path: 'dang-ky',
    lazy: async () => ({ Component: (await import('./SignUpPage')).SignUpPage }),
  },
  {
    lazy: async () => ({ Component: (await import('./RequireCitizen')).RequireCitizen }),
    children: [
      {
        path: 'ho-so-cua-toi',
        lazy: async () => ({ Component: (await import('./MyDossiersPage')).MyDossiersPage }),
      },
      {
        path: 'ho-so-cua-toi/:dossierId',
        lazy: async () => ({ Component: (await import('./MyDossierPage')).MyDossierPage }),
      },
      {
        path: 'thong-bao',
        lazy: async () => ({ Component: (await import('./NoticesPage')).NoticesPage }),
      },
      {
        path: 'tai-khoan',
        lazy: async () => ({ Component: (await import('./AccountPage')).AccountPage }),
      },
      {
        path: 'doi-mat-khau',
        lazy: async () => ({ Component: (await import('./ChangePasswordPage')).ChangePasswordPage }),
      },
      {
        path: 'thu-tuc/:procedureId/nop-truc-tuyen',
        lazy: async () => ({ Component: (await import('./SubmitPage')).SubmitPage }),
      },
    ],
  },
];
