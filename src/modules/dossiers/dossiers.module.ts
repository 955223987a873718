import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { DeadlineRecomputeModule } from './recompute/deadline-recompute.module';
import { DossierCodeCounterRepository } from './codes/dossier-code-counter.repository';
import { DossierQueryService } from './dossier-query.service';
import { DossiersController } from './dossiers.controller';
import { ConsultationRepository } from './consultations/consultation.repository';
import { ConsultationsController } from './consultations/consultations.controller';
import { ConsultationsService } from './consultations/consultations.service';
import { ReaderAgencies } from './queues/reader-agencies';
import { IntakeService } from './intake/intake.service';
import { WorkflowService } from './workflow/workflow.service';
import { ApplicantColumns } from './intake/applicant-columns';
import { OnlineSubmissionService } from './public/online-submission.service';
import { PublicDossiersController } from './public/public-dossiers.controller';
import { PublicTrackingService } from './public/public-tracking.service';
import { ReceiptService } from './receipt/receipt.service';
import { DossierFormsService } from './forms-http/dossier-forms.service';
import { FormLetterheadService } from './forms-http/form-letterhead.service';
import { DossierRegisterCounterRepository } from './register/dossier-register-counter.repository';
import { RegisterRepository } from './register/register.repository';
import { RegisterService } from './register/register.service';
import { RegistersController } from './register/registers.controller';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { EvaluationsService } from './evaluations/evaluations.service';
import { FormsService } from './forms/forms.service';
import { WorkQueueService } from './queues/work-queue.service';
import { DossierAttachmentsController } from './attachments/dossier-attachments.controller';
import { DossierAttachmentsService } from './attachments/dossier-attachments.service';
import { CitizenDossiersController } from './citizen/citizen-dossiers.controller';
import { CitizenDossiersService } from './citizen/citizen-dossiers.service';
import { DossierNoticesController } from './notices/dossier-notices.controller';
import { DossierNoticesService } from './notices/dossier-notices.service';
import { RouteAgencyResolver } from './steps/route-agency-resolver';
import { RouteStepsService } from './steps/route-steps.service';
import { RouteStepStore } from './steps/route-step.store';

// Dossier lifecycle (issue 6). Built so far: desk intake (receive, supplement, refuse) with the
// code, clock, control-sheet row, outbox event and audit in one transaction, and scoped reads.
@Module({
  imports: [CalendarModule, DeadlineRecomputeModule],
  controllers: [
    DossiersController,
    PublicDossiersController,
    DossierAttachmentsController,
    CitizenDossiersController,
    RegistersController,
    EvaluationsController,
    DossierNoticesController,
    ConsultationsController,
  ],
  providers: [
    DossierCodeCounterRepository,
    DossierRegisterCounterRepository,
    ApplicantColumns,
    ReceiptService,
    IntakeService,
    DossierQueryService,
    RouteAgencyResolver,
    RouteStepsService,
    RouteStepStore,
    WorkflowService,
    OnlineSubmissionService,
    PublicTrackingService,
    WorkQueueService,
    FormsService,
    FormLetterheadService,
    DossierFormsService,
    RegisterRepository,
    RegisterService,
    EvaluationsService,
    DossierAttachmentsService,
    CitizenDossiersService,
    DossierNoticesService,
    ConsultationRepository,
    ConsultationsService,
    ReaderAgencies,
  ],
})
export class DossiersModule {}
