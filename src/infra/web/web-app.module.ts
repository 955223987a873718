import { Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findProjectRoot, serveSinglePageApp } from './spa-static';

// Where `npm run build` puts the web app (vite build, see web/vite.config.ts).
export const WEB_BUILD_DIR = path.join(findProjectRoot(__dirname), 'dist', 'web');

// The citizen portal and staff console at /, with fallback to index.html for the app's own
// routes. Mounted in onModuleInit: Nest has registered the controllers by then but not yet its
// not-found handler, so API routes win and unknown /api paths still end in a problem+json 404.
// Without a web build (an API-only build, the worker) nothing is mounted and / is a 404.
@Module({})
export class WebAppModule implements OnModuleInit {
  private readonly logger = new Logger(WebAppModule.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!express) {
      return;
    }
    if (!existsSync(path.join(WEB_BUILD_DIR, 'index.html'))) {
      this.logger.log(`No web app build in ${WEB_BUILD_DIR}: serving the API only`);
      return;
    }
    express.use(serveSinglePageApp(WEB_BUILD_DIR));
  }
}
