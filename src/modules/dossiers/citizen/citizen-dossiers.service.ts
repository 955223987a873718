import { Injectable } from '@nestjs/common';
import { type Principal } from '../../identity';
import { canActorTake, isDossierAction } from '../domain';
import { type Dossier } from '../dossier.entity';
import { type WorkQueueResult, WorkQueueService } from '../queues/work-queue.service';
import { type DossierActionDto } from '../workflow/dossier-action.dto';
import { unknownAction } from '../workflow/workflow.errors';
import { WorkflowService } from '../workflow/workflow.service';
import { actionNotForCitizens } from './citizen-dossiers.errors';
import { type MyDossiersQuery } from './my-dossiers-query.dto';

// The signed-in citizen's side of their dossiers. Scoping is the shared services' own (the
// queue lists a citizen's dossiers only, the workflow lets a citizen act on their own only);
// this adds the citizen's list order and refuses staff actions before any dossier is looked at.
@Injectable()
export class CitizenDossiersService {
  constructor(
    private readonly queues: WorkQueueService,
    private readonly workflow: WorkflowService,
  ) {}

  list(citizen: Principal, query: MyDossiersQuery): Promise<WorkQueueResult> {
    return this.queues.list(citizen, query);
  }

  // Only what the workflow table opens to applicants: resubmitting after a supplement request at
  // reception, sending the supplement asked for during handling, and withdrawing.
  act(citizen: Principal, id: string, action: string, input: DossierActionDto): Promise<Dossier> {
    if (!isDossierAction(action)) {
      throw unknownAction(action);
    }
    if (!canActorTake('citizen', action)) {
      throw actionNotForCitizens(action);
    }
    return this.workflow.act(citizen, id, action, input);
  }
}
