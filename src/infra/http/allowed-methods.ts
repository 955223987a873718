import { type Express } from 'express';

interface RouterLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): boolean;
}

const MAX_METHODS_OF_A_ROUTE = 2; // a handler, plus HEAD where Express adds it

// Express answers an existing path with a wrong method as "not found". RFC 9110 wants 405 with
// an Allow header, so look the path up among the registered routes of any method.
export function findAllowedMethods(app: Express, path: string): string[] {
  const router = (app as unknown as { router?: { stack: RouterLayer[] } }).router;
  const methods = new Set<string>();
  for (const layer of router?.stack ?? []) {
    if (!layer.route || !layer.match(path)) {
      continue;
    }
    const enabled = Object.entries(layer.route.methods).filter(([method, on]) => on && method !== '_all');
    // Middleware is mounted for every method at once; it says nothing about what the path allows.
    if (enabled.length > MAX_METHODS_OF_A_ROUTE) {
      continue;
    }
    enabled.forEach(([method]) => methods.add(method.toUpperCase()));
  }
  if (methods.has('GET')) {
    methods.add('HEAD');
  }
  return [...methods].sort();
}
