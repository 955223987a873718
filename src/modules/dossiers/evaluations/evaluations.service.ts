import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { AgencyAccessService, type Principal } from '../../identity';
import { describeStatus, type DossierStatus } from '../domain';
import { DossierQueryService } from '../dossier-query.service';
import { Dossier } from '../dossier.entity';
import { dossierNotFound } from '../intake/intake.errors';
import { EVALUATION_INDEX_CODES, type EvaluationScores, totalOf } from './domain';
import { DossierEvaluation } from './dossier-evaluation.entity';
import { type CitizenEvaluationDto, type DeskEvaluationDto } from './evaluation.dto';
import { alreadyEvaluated, evaluationNotFound, notYetReturned } from './evaluation.errors';

type EvaluationSource = 'ONLINE' | 'KIOSK' | 'PAPER';

// Decree 61/2018 art. 27–32, Circular 01/2018 art. 12–15: once the result is returned, the
// citizen rates the dossier on the nine indices, online, or at the desk's kiosk or on paper (a
// clerk of the receiving desk records those). One rating per dossier, never changed (the table
// refuses UPDATE and DELETE); the reports average them per unit.
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AgencyAccessService,
    private readonly queries: DossierQueryService,
    private readonly audit: AuditService,
  ) {}

  // The owner of an online dossier; anyone else's dossier does not exist for them.
  @Transactional()
  async rateOnline(
    citizen: Principal,
    dossierId: string,
    input: CitizenEvaluationDto,
  ): Promise<DossierEvaluation> {
    const dossier = await this.lockDossier(dossierId);
    if (citizen.kind !== 'citizen' || dossier?.citizenId !== citizen.id) {
      throw dossierNotFound();
    }
    return this.record(dossier, citizen, 'ONLINE', input);
  }

  // A clerk of the desk that received the dossier records its kiosk or paper rating.
  @Transactional()
  async rateAtDesk(
    clerk: Principal,
    dossierId: string,
    input: DeskEvaluationDto,
  ): Promise<DossierEvaluation> {
    const dossier = await this.lockDossier(dossierId);
    if (!dossier || !(await this.access.isAllowed(clerk, dossier.receivingAgencyId, 'act', ['CLERK']))) {
      throw dossierNotFound();
    }
    return this.record(dossier, clerk, input.source, input);
  }

  // Whoever may read the dossier may read its rating.
  async findForReader(reader: Principal, dossierId: string): Promise<DossierEvaluation> {
    await this.queries.findForReader(reader, dossierId);
    const evaluation = await this.txHost.tx.getRepository(DossierEvaluation).findOneBy({ dossierId });
    if (!evaluation) {
      throw evaluationNotFound();
    }
    return evaluation;
  }

  // The row lock makes a second, concurrent rating wait and then see the first.
  private lockDossier(id: string): Promise<Dossier | null> {
    return this.txHost.tx
      .getRepository(Dossier)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async record(
    dossier: Dossier,
    by: Principal,
    source: EvaluationSource,
    input: CitizenEvaluationDto,
    now = new Date(),
  ): Promise<DossierEvaluation> {
    if (dossier.status !== 'RETURNED') {
      throw notYetReturned(describeStatus(dossier.status as DossierStatus));
    }
    const evaluations = this.txHost.tx.getRepository(DossierEvaluation);
    if (await evaluations.existsBy({ dossierId: dossier.id })) {
      throw alreadyEvaluated();
    }
    const scores = Object.fromEntries(
      EVALUATION_INDEX_CODES.map((code) => [code, input.scores[code]]),
    ) as unknown as EvaluationScores;
    const row = {
      dossierId: dossier.id,
      source,
      scores: { ...scores },
      totalScore: totalOf(scores),
      comment: input.comment?.trim() || null,
      recordedByKind: by.kind,
      recordedById: by.id,
      recordedAt: now,
    };
    await evaluations.insert(row);
    const evaluation = evaluations.create(row);
    await this.audit.record({
      action: 'dossier.evaluate',
      targetType: 'dossier',
      targetId: dossier.id,
      summary: { source, totalScore: evaluation.totalScore },
    });
    return evaluation;
  }
}
