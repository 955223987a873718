import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox/outbox.service';

@Global()
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class NotificationsModule {}
