import { Module } from '@nestjs/common';
import { CalendarModule } from '../../calendar';
import { DeadlineRecomputePreviewService } from './deadline-recompute-preview.service';
import { DeadlineRecomputeController } from './deadline-recompute.controller';
import { DeadlineRecomputeRepository } from './deadline-recompute.repository';
import { DeadlineRecomputeService } from './deadline-recompute.service';
import { RouteStepStore } from '../steps/route-step.store';

// Re-dating open dossiers after a calendar change, and its preview. Its own module inside the
// dossiers module: it shares the dossier tables, not the intake and workflow providers.
@Module({
  imports: [CalendarModule],
  controllers: [DeadlineRecomputeController],
  providers: [
    DeadlineRecomputeRepository,
    DeadlineRecomputeService,
    DeadlineRecomputePreviewService,
    RouteStepStore,
  ],
})
export class DeadlineRecomputeModule {}
