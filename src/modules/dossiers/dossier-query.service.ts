import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit';
import { AgencyAccessService, type Principal } from '../identity';
import { DossierAttachment } from './attachments/dossier-attachment.entity';
import { ConsultationRepository } from './consultations/consultation.repository';
import { DossierEvent } from './dossier-event.entity';
import { DossierEvaluation } from './evaluations/dossier-evaluation.entity';
import { Dossier } from './dossier.entity';
import { dossierNotFound } from './intake/intake.errors';
import { DossierStep } from './steps/dossier-step.entity';

// Reads a dossier for staff of an agency that holds it (receiving, current or resolving), has a
// step of its route or was consulted on it, or their leaders above, and for the citizen who owns
// it; anyone else gets "not found".
@Injectable()
export class DossierQueryService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AgencyAccessService,
    private readonly audit: AuditService,
    private readonly consultations: ConsultationRepository,
  ) {}

  @Transactional()
  async findForReader(
    reader: Principal,
    id: string,
  ): Promise<{
    dossier: Dossier;
    events: DossierEvent[];
    steps: DossierStep[];
    attachments: DossierAttachment[];
    evaluation: DossierEvaluation | null;
  }> {
    const dossier = await this.txHost.tx.getRepository(Dossier).findOneBy({ id });
    if (!dossier || !(await this.mayRead(reader, dossier))) {
      throw dossierNotFound();
    }
    const events = await this.txHost.tx
      .getRepository(DossierEvent)
      .find({ where: { dossierId: id }, order: { id: 'ASC' } });
    const steps = await this.txHost.tx
      .getRepository(DossierStep)
      .find({ where: { dossierId: id }, order: { sequence: 'ASC', attempt: 'ASC', agencyId: 'ASC' } });
    const attachments = await this.txHost.tx
      .getRepository(DossierAttachment)
      .find({ where: { dossierId: id }, order: { uploadedAt: 'ASC', id: 'ASC' } });
    // The citizen's rating, once the result is returned (one per dossier).
    const evaluation = await this.txHost.tx.getRepository(DossierEvaluation).findOneBy({ dossierId: id });
    await this.audit.record({ action: 'dossier.read', targetType: 'dossier', targetId: id });
    return { dossier, events, steps, attachments, evaluation };
  }

  async mayRead(reader: Principal, dossier: Dossier): Promise<boolean> {
    if (reader.kind === 'citizen') {
      return dossier.citizenId === reader.id;
    }
    if (
      await this.mayReadAny(reader, [
        dossier.receivingAgencyId,
        dossier.currentAgencyId,
        dossier.resolvingAgencyId,
      ])
    ) {
      return true;
    }
    // The agencies of its route steps read it too (the step is in their inbox); looked up only
    // when the dossier's own agencies did not already answer.
    const stepAgencies = await this.txHost.tx
      .getRepository(DossierStep)
      .find({ where: { dossierId: dossier.id }, select: { agencyId: true } });
    if (
      await this.mayReadAny(
        reader,
        stepAgencies.map((step) => step.agencyId),
      )
    ) {
      return true;
    }
    // So do the agencies consulted on it (xin ý kiến), to answer with the file in front of them.
    return this.mayReadAny(reader, await this.consultations.consultedAgencyIds(dossier.id));
  }

  // The dossier if the reader may read it; "not found" otherwise.
  async findReadable(reader: Principal, id: string): Promise<Dossier> {
    const dossier = await this.txHost.tx.getRepository(Dossier).findOneBy({ id });
    if (!dossier || !(await this.mayRead(reader, dossier))) {
      throw dossierNotFound();
    }
    return dossier;
  }

  private async mayReadAny(reader: Principal, agencyIds: readonly string[]): Promise<boolean> {
    for (const agencyId of new Set(agencyIds)) {
      if (await this.access.isAllowed(reader, agencyId, 'read')) {
        return true;
      }
    }
    return false;
  }
}
