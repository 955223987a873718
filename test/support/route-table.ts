import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { type RoutePolicy } from '../../src/modules/identity/domain/route-policy';
import { ROUTE_POLICY } from '../../src/modules/identity/authorization/route-policy.decorators';
import { API_PREFIX } from '../../src/infra/http/configure-http-app';

export interface RouteEntry {
  method: string;
  path: string;
  handler: string;
  policy: RoutePolicy | undefined;
}

const UNPREFIXED = new Set(['health']);

function joinPath(...parts: string[]): string {
  return `/${parts
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter((part) => part !== '')
    .join('/')}`;
}

// Every route of the running app, read from the controllers' metadata, with its declared policy.
export function listRoutes(app: INestApplication): RouteEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller || !wrapper.instance) {
      continue;
    }
    const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as () => void;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) {
        continue;
      }
      const prefix = UNPREFIXED.has(base) ? '' : API_PREFIX;
      routes.push({
        method: RequestMethod[method],
        path: joinPath(prefix, base, path),
        handler: `${controller.name}.${name}`,
        policy: reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [handler, controller]),
      });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}
