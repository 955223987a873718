import { Injectable } from '@nestjs/common';
import { HandlesJob } from '../../../infra/queue/job-handler.decorator';
import { DeadlineWatchService } from './deadline-watch.service';

@Injectable()
export class DeadlineWatchProcessor {
  constructor(private readonly watch: DeadlineWatchService) {}

  @HandlesJob('deadlines.watch')
  async tick(): Promise<void> {
    await this.watch.tick();
  }
}
