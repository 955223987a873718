import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { DossierCodeCounterRepository } from './codes/dossier-code-counter.repository';
import { DossierQueryService } from './dossier-query.service';
import { DossiersController } from './dossiers.controller';
import { IntakeService } from './intake/intake.service';
import { WorkflowService } from './workflow/workflow.service';

// Dossier lifecycle (issue 6). Built so far: desk intake (receive, supplement, refuse) with the
// code, clock, control-sheet row, outbox event and audit in one transaction, and scoped reads.
@Module({
  imports: [CalendarModule],
  controllers: [DossiersController],
  providers: [DossierCodeCounterRepository, IntakeService, DossierQueryService, WorkflowService],
  exports: [DossierCodeCounterRepository],
})
export class DossiersModule {}
