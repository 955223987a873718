import { NotFoundException } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { API_PREFIX } from '../http/configure-http-app';
import { mapErrorToProblem } from '../http/problem.mapper';
import { sendProblem } from '../http/problem-response';

// Vite puts content-hashed files under assets/: a new build gives them new names, so a browser
// may keep them for a year. Everything else (index.html above all) is revalidated on each load,
// so a deploy reaches users at their next visit.
const HASHED_ASSETS_DIR = `${path.sep}assets${path.sep}`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

// Paths that belong to the server, never to the single-page app: an unknown one stays a
// problem+json 404 even when a browser asks for HTML.
const SERVER_PATHS = ['/api', '/health', '/docs', '/docs-json', '/docs-yaml'];

export function isServerPath(urlPath: string): boolean {
  return SERVER_PATHS.some((prefix) => urlPath === prefix || urlPath.startsWith(`${prefix}/`));
}

// A browser navigating to a page of the app (a bookmark, a reload, the receipt's QR code)
// asks for HTML with GET; fetches, API clients and asset requests do not.
export function isPageNavigation(request: Request): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !isServerPath(request.path) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

// The repository (or image) root: the nearest folder above this file with a package.json,
// whether this runs compiled from dist/src/infra/web or from source under Jest.
export function findProjectRoot(start: string): string {
  let folder = start;
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) {
      return start;
    }
    folder = parent;
  }
  return folder;
}

// Static files of the built app, then index.html for page navigations. What is left is not
// found: under the API prefix Nest says so (it also answers 405 for a wrong method); elsewhere
// (an unknown asset, /api/v2, a fetch of a page) this answers the same problem+json 404 rather
// than Express's HTML page.
export function serveSinglePageApp(webRoot: string): RequestHandler {
  const apiRoot = `/${API_PREFIX}`;
  const indexFile = path.join(webRoot, 'index.html');
  const files = express.static(webRoot, {
    index: ['index.html'],
    fallthrough: true,
    setHeaders: (response, filePath) => {
      response.setHeader('Cache-Control', filePath.includes(HASHED_ASSETS_DIR) ? IMMUTABLE : REVALIDATE);
    },
  });
  const notFound = (request: Request, response: Response, next: NextFunction) => {
    if (request.path === apiRoot || request.path.startsWith(`${apiRoot}/`)) {
      next();
    } else {
      sendProblem(request, response, mapErrorToProblem(new NotFoundException()));
    }
  };
  return (request: Request, response: Response, next: NextFunction) => {
    if (isServerPath(request.path)) {
      notFound(request, response, next);
      return;
    }
    files(request, response, () => {
      if (!isPageNavigation(request)) {
        notFound(request, response, next);
        return;
      }
      response.setHeader('Cache-Control', REVALIDATE);
      response.sendFile(indexFile, (error) => {
        if (error) {
          next(error);
        }
      });
    });
  };
}
