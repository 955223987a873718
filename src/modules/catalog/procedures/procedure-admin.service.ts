import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../../audit';
import { type Principal } from '../../identity';
import { CatalogAdminScope } from './catalog-admin-scope';
import { type ProcedureContent } from './domain/procedure-content';
import {
  invalidProcedure,
  noDraftToPublish,
  procedureCodeTaken,
  procedureNotFound,
  procedureStateConflict,
} from './domain/procedure.errors';
import { checkEffectiveFrom, vietnamDateOf } from './domain/version-in-force';
import {
  type CreateProcedureDto,
  type PublishProcedureDto,
  type ProcedureStatusChangeDto,
} from './dto/procedure-admin.dto';
import { type ProcedureContentDto } from './dto/procedure-content.dto';
import { type ProcedureDetailResponse } from './dto/procedure-response.dto';
import { toContent } from './procedure.mapper';
import { ProcedureContentCheck } from './procedure-content-check';
import { ProcedureQueryService } from './procedure-query.service';
import { type Procedure } from './procedure.entity';
import { contentOf, ProcedureRepository } from './procedure.repository';

// Administrators' changes to the catalog, each in one transaction with its audit event.
// Content changes go to a draft version; publishing makes it an immutable version effective
// from a date; suspending hides a procedure from the public without touching its versions.
@Injectable()
export class ProcedureAdminService {
  constructor(
    private readonly procedures: ProcedureRepository,
    private readonly check: ProcedureContentCheck,
    private readonly queries: ProcedureQueryService,
    private readonly scope: CatalogAdminScope,
    private readonly audit: AuditService,
  ) {}

  @Transactional()
  async create(principal: Principal, input: CreateProcedureDto): Promise<ProcedureDetailResponse> {
    await this.scope.assertMayManage(principal);
    const content = await this.checkedContent(input);
    if (await this.procedures.isCodeTaken(input.code)) {
      throw procedureCodeTaken(input.code);
    }
    const id = randomUUID();
    await this.procedures.insertProcedures([
      {
        procedure: {
          id,
          code: input.code,
          nationalCode: input.nationalCode ?? null,
          onlineVariantCodes: input.onlineVariantCodes ?? [],
          status: 'DRAFT',
          isDemo: false,
        },
        latestVersionNo: 1,
        latest: content,
      },
    ]);
    await this.procedures.insertVersions([
      { procedureId: id, versionNo: 1, status: 'DRAFT', effectiveFrom: null, publishedAt: null, content },
    ]);
    await this.audit.record({
      action: 'procedure.create',
      targetType: 'procedure',
      targetId: id,
      summary: { code: input.code, name: content.name },
    });
    return this.queries.get(id, 'admin');
  }

  // The working draft: replaced if there is one, else a new version numbered after the latest.
  @Transactional()
  async saveDraft(
    principal: Principal,
    id: string,
    input: ProcedureContentDto,
  ): Promise<ProcedureDetailResponse> {
    await this.scope.assertMayManage(principal);
    const procedure = await this.findExisting(id);
    const content = await this.checkedContent(input);
    const versions = await this.procedures.findVersions(id);
    const draft = versions.find((version) => version.status === 'DRAFT');
    const versionNo = draft?.versionNo ?? procedure.latestVersionNo + 1;
    if (draft) {
      await this.procedures.replaceDraft(draft.id, content);
    } else {
      await this.procedures.insertVersions([
        { procedureId: id, versionNo, status: 'DRAFT', effectiveFrom: null, publishedAt: null, content },
      ]);
    }
    // The search copy follows the draft only while nothing is published (the public never sees it).
    const hasPublished = versions.some((version) => version.status === 'PUBLISHED');
    await this.procedures.updateProcedure(id, hasPublished ? {} : { latest: { versionNo, content } });
    await this.audit.record({
      action: 'procedure.draft',
      targetType: 'procedure',
      targetId: id,
      summary: { code: procedure.code, versionNo, name: content.name },
    });
    return this.queries.get(id, 'admin');
  }

  @Transactional()
  async publish(
    principal: Principal,
    id: string,
    input: PublishProcedureDto,
  ): Promise<ProcedureDetailResponse> {
    await this.scope.assertMayManage(principal);
    const procedure = await this.findExisting(id);
    const versions = await this.procedures.findVersions(id);
    const draft = versions.find((version) => version.status === 'DRAFT');
    if (!draft) {
      throw noDraftToPublish();
    }
    const now = new Date();
    const latestPublished = versions.filter((version) => version.status === 'PUBLISHED').at(-1) ?? null;
    const problem = checkEffectiveFrom(input.effectiveFrom, vietnamDateOf(now.getTime()), latestPublished);
    if (problem !== null) {
      throw invalidProcedure([{ field: 'effectiveFrom', message: `effectiveFrom: ${problem}` }]);
    }
    await this.procedures.publishDraft(draft.id, input.effectiveFrom, now);
    await this.procedures.updateProcedure(id, {
      latest: { versionNo: draft.versionNo, content: contentOf(draft) },
      ...(procedure.status === 'DRAFT' ? { status: 'PUBLISHED' as const } : {}),
    });
    await this.audit.record({
      action: 'procedure.publish',
      targetType: 'procedure',
      targetId: id,
      summary: {
        code: procedure.code,
        versionNo: draft.versionNo,
        effectiveFrom: input.effectiveFrom,
        replaces: latestPublished?.versionNo ?? null,
        changedFields: latestPublished ? changedFields(contentOf(latestPublished), contentOf(draft)) : [],
      },
    });
    return this.queries.get(id, 'admin');
  }

  @Transactional()
  async suspend(
    principal: Principal,
    id: string,
    input: ProcedureStatusChangeDto,
  ): Promise<ProcedureDetailResponse> {
    return this.changeStatus(principal, id, 'PUBLISHED', 'SUSPENDED', input.reason);
  }

  @Transactional()
  async reinstate(
    principal: Principal,
    id: string,
    input: ProcedureStatusChangeDto,
  ): Promise<ProcedureDetailResponse> {
    return this.changeStatus(principal, id, 'SUSPENDED', 'PUBLISHED', input.reason);
  }

  // Only a procedure never published: nothing (no dossier, no export) can refer to it yet.
  @Transactional()
  async remove(principal: Principal, id: string): Promise<void> {
    await this.scope.assertMayManage(principal);
    const procedure = await this.findExisting(id);
    if (procedure.status !== 'DRAFT') {
      throw procedureStateConflict('Thủ tục đã công bố không xóa được (dùng tạm ngừng: suspend).');
    }
    await this.procedures.deleteUnpublished(id);
    await this.audit.record({
      action: 'procedure.delete',
      targetType: 'procedure',
      targetId: id,
      summary: { code: procedure.code, name: procedure.name },
    });
  }

  private async changeStatus(
    principal: Principal,
    id: string,
    from: 'PUBLISHED' | 'SUSPENDED',
    to: 'PUBLISHED' | 'SUSPENDED',
    reason: string,
  ): Promise<ProcedureDetailResponse> {
    await this.scope.assertMayManage(principal);
    const procedure = await this.findExisting(id);
    if (procedure.status !== from) {
      throw procedureStateConflict(`Thủ tục đang ở trạng thái ${procedure.status}, không phải ${from}.`);
    }
    await this.procedures.updateProcedure(id, { status: to });
    await this.audit.record({
      action: to === 'SUSPENDED' ? 'procedure.suspend' : 'procedure.reinstate',
      targetType: 'procedure',
      targetId: id,
      summary: { code: procedure.code, from, to, reason },
    });
    return this.queries.get(id, 'admin');
  }

  private async findExisting(id: string): Promise<Procedure> {
    const procedure = await this.procedures.findById(id, { lock: true });
    if (!procedure) {
      throw procedureNotFound();
    }
    return procedure;
  }

  private async checkedContent(input: ProcedureContentDto): Promise<ProcedureContent> {
    const content = toContent(input);
    const problems = await this.check.findProblems(content);
    if (problems.length > 0) {
      throw invalidProcedure(problems);
    }
    return content;
  }
}

function changedFields(before: ProcedureContent, after: ProcedureContent): string[] {
  return (Object.keys(after) as Array<keyof ProcedureContent>).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
