import { Module } from '@nestjs/common';
import { CalendarModule } from '../../calendar';
import { DeadlineWatchProcessor } from './deadline-watch.processor';
import { DeadlineWatchRepository } from './deadline-watch.repository';
import { DeadlineWatchScheduler } from './deadline-watch.scheduler';
import { DeadlineWatchService } from './deadline-watch.service';

// The deadline watch: a repeatable tick that marks, notes and notifies (deadline-watch.service.ts).
@Module({
  imports: [CalendarModule],
  providers: [DeadlineWatchRepository, DeadlineWatchService, DeadlineWatchProcessor, DeadlineWatchScheduler],
  exports: [DeadlineWatchService],
})
export class DeadlineWatchModule {}
