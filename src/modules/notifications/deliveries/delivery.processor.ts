import { Injectable } from '@nestjs/common';
import { HandlesJob } from '../../../infra/queue/job-handler.decorator';
import { type JobPayloads } from '../../../infra/queue/queue-names';
import { DeliverySender } from './delivery-sender.service';

@Injectable()
export class DeliveryProcessor {
  constructor(private readonly sender: DeliverySender) {}

  @HandlesJob('notifications.deliver')
  deliver(payload: JobPayloads['notifications.deliver']): Promise<void> {
    return this.sender.deliver(payload.deliveryId);
  }
}
