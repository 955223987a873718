import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bull';
import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { type Express } from 'express';
import { type Queue } from 'bull';
import { type AppConfig, APP_CONFIG } from '../../../config';
import { API_PREFIX } from '../../../infra/http/configure-http-app';
import { QUEUE_NAMES } from '../../../infra/queue/queue-names';
import { AdminOnlyMiddleware } from './admin-only.middleware';

export const QUEUE_DASHBOARD_PATH = `/${API_PREFIX}/admin/queues`;

// bull-board over the app's Bull queues, for administrators (Bull mode only: without Redis there
// are no queues to show), at /api/v1/admin/queues with the admin's bearer token. Mounted on the
// Express instance itself: bull-board is an Express router that expects its own mount path.
@Module({ providers: [AdminOnlyMiddleware] })
export class QueueDashboardModule implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly adapterHost: HttpAdapterHost,
    private readonly adminOnly: AdminOnlyMiddleware,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!this.config.redis || !express) {
      return; // no Redis, or no HTTP server (the worker)
    }
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: QUEUE_NAMES.map(
        (name) => new BullAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
      ),
      serverAdapter,
    });
    express.use(
      QUEUE_DASHBOARD_PATH,
      (request, response, next) => this.adminOnly.use(request, response, next),
      serverAdapter.getRouter() as Express,
    );
  }
}
