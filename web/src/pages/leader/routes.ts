import type { RouteObject } from 'react-router';

// The leader's screens under /can-bo, each its own chunk (the charts load with them only).
export const leaderRoutes: RouteObject[] = [
  {
    path: 'bao-cao',
    lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }),
  },
  {
    path: 'bao-cao/ho-so',
    lazy: async () => ({ Component: (await import('./DrillDownPage')).DrillDownPage }),
  },
];
