import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { DomainError } from '../../../common';
import { AuditService } from '../../audit';
import { AgencyDirectory, ProcedureCatalog } from '../../catalog';
import { type Principal } from '../../identity';
import { OutboxService } from '../../notifications/outbox/outbox.service';
import { INITIAL_DOSSIER_STATUS, toNationalStatusCode } from '../domain';
import { DossierEvent } from '../dossier-event.entity';
import { Dossier } from '../dossier.entity';
import { ApplicantColumns } from '../intake/applicant-columns';
import {
  assertChannelOffered,
  checkChecklist,
  documentsOf,
  findImplementationAt,
} from '../intake/intake-plan';
import { RouteAgencyResolver } from '../steps/route-agency-resolver';
import { procedureNotInForce, procedureSuspended } from '../intake/intake.errors';
import { type OnlineSubmissionDto } from './online-submission.dto';

// Online service levels 3 and 4 (Decree 43/2011) accept submissions over the internet.
const MIN_ONLINE_SERVICE_LEVEL = 3;

const notOnline = () =>
  new DomainError(
    'conflict',
    'procedure-not-online',
    'Thủ tục chưa nộp trực tuyến được',
    'Thủ tục này chưa cung cấp dịch vụ công trực tuyến mức độ 3 hoặc 4.',
  );
const notADesk = () =>
  new DomainError(
    'invalid',
    'not-a-desk',
    'Nơi nộp không hợp lệ',
    'Hãy chọn một bộ phận một cửa đang hoạt động để nộp hồ sơ.',
    [{ field: 'deskAgencyId', message: 'deskAgencyId không phải bộ phận một cửa' }],
  );

// A signed-in citizen submits online; the dossier waits for the desk's check (receive, supplement
// or refuse through the actions endpoint). The Idempotency-Key makes a retried request return
// the dossier the first one created, even when the two race.
@Injectable()
export class OnlineSubmissionService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly catalog: ProcedureCatalog,
    private readonly agencies: AgencyDirectory,
    private readonly applicants: ApplicantColumns,
    private readonly routes: RouteAgencyResolver,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async submit(
    citizen: Principal,
    idempotencyKey: string,
    input: OnlineSubmissionDto,
    now = new Date(),
  ): Promise<{ dossier: Dossier; created: boolean }> {
    const dossiers = this.txHost.tx.getRepository(Dossier);
    const earlier = await dossiers.findOneBy({ citizenId: citizen.id, idempotencyKey });
    if (earlier) {
      return { dossier: earlier, created: false };
    }
    const desk = await this.agencies.describe(input.deskAgencyId);
    if (!desk || !['ONE_STOP_DESK', 'SERVICE_CENTRE'].includes(desk.kind) || desk.validTo !== null) {
      throw notADesk();
    }
    const version = await this.catalog.findVersionInForce(input.procedureId, now);
    if (!version) {
      throw procedureNotInForce();
    }
    if (version.suspended) {
      throw procedureSuspended();
    }
    if (version.content.serviceLevel < MIN_ONLINE_SERVICE_LEVEL) {
      throw notOnline();
    }
    assertChannelOffered(version.content, 'ONLINE');
    const implementation = findImplementationAt(version.content, desk.levelCode);
    const missing = checkChecklist(version.content, input.checklist, false);
    const resolvingAgencyId = await this.routes.resolveImplementationAgency(desk.id, implementation);
    const inserted = await dossiers
      .createQueryBuilder()
      .insert()
      .values({
        procedureId: version.procedureId,
        procedureVersionId: version.versionId,
        receivingAgencyId: desk.id,
        resolvingAgencyId,
        currentAgencyId: desk.id,
        levelCode: desk.levelCode,
        sectorId: version.content.sectorId,
        channel: 'ONLINE',
        serviceLevel: version.content.serviceLevel,
        documents: documentsOf(version.content, input.checklist),
        status: INITIAL_DOSSIER_STATUS,
        ...this.applicants.from(input.applicant),
        citizenId: citizen.id,
        idempotencyKey,
        submittedAt: now,
      })
      .orIgnore()
      .returning('id')
      .execute();
    const id = (inserted.raw as Array<{ id: string }>)[0]?.id;
    if (!id) {
      // Another request with the same key committed first: answer with its dossier.
      return {
        dossier: await dossiers.findOneByOrFail({ citizenId: citizen.id, idempotencyKey }),
        created: false,
      };
    }
    await this.txHost.tx.getRepository(DossierEvent).insert({
      dossierId: id,
      occurredAt: now,
      action: 'SUBMIT',
      actorKind: 'citizen',
      actorId: citizen.id,
      toAgencyId: desk.id,
      toStatus: INITIAL_DOSSIER_STATUS,
      details: { missingDocuments: missing, procedureVersionNo: version.versionNo },
    });
    await this.outbox.add('dossier.status-changed', 'dossier', id, {
      status: INITIAL_DOSSIER_STATUS,
      nationalStatusCode: toNationalStatusCode(INITIAL_DOSSIER_STATUS),
      channel: 'ONLINE',
    });
    await this.audit.record({
      action: 'dossier.submit-online',
      targetType: 'dossier',
      targetId: id,
      summary: { procedureId: version.procedureId },
    });
    return { dossier: await dossiers.findOneByOrFail({ id }), created: true };
  }
}
