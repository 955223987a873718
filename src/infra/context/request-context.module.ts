import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Module } from '@nestjs/common';
import { type Request } from 'express';
import { requestIdOf } from '../http/problem-response';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { type RequestContextStore } from './request-context';

// One transaction mechanism everywhere (STYLE.md): @Transactional() and TransactionHost from
// @nestjs-cls/transactional, so a change, its history, audit and outbox rows commit together.
@Module({
  imports: [
    ClsModule.forRoot({
      global: true,
      middleware: {
        mount: true,
        setup: (cls, request: Request) => {
          const store = cls as unknown as {
            set<K extends keyof RequestContextStore>(key: K, value: RequestContextStore[K]): void;
          };
          store.set('requestId', requestIdOf(request));
          store.set('ip', request.ip ?? '');
        },
      },
      plugins: [
        new ClsPluginTransactional({
          adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }),
          enableTransactionProxy: true,
        }),
      ],
    }),
  ],
})
export class RequestContextModule {}
