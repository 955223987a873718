import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { AgencyAccessService, type Principal } from '../../identity';
import { toAgencyDetail, toAgencyResponse } from './agency.mapper';
import { type Agency } from './agency.entity';
import { AgencyRepository } from './agency.repository';
import { AgencyTreeRepository } from './agency-tree.repository';
import { toDecision20Code } from './domain/agency-code';
import { isAgencyKind } from './domain/agency-kinds';
import { findClosingProblems, findCodeProblems, findPlacementProblems } from './domain/agency-rules';
import {
  agencyAlreadyClosed,
  agencyCodeTaken,
  agencyHasOpenChildren,
  agencyKeyTaken,
  agencyNotFound,
  invalidAgency,
} from './domain/agency.errors';
import { nextDay } from './domain/validity';
import { type AgencyDetailResponse, type AgencyPageResponse } from './dto/agency-response.dto';
import { type CloseAgencyDto } from './dto/close-agency.dto';
import { type CreateAgencyDto } from './dto/create-agency.dto';
import { type ListAgenciesQuery } from './dto/list-agencies-query.dto';
import { type UpdateAgencyDto } from './dto/update-agency.dto';

const EDITABLE_FIELDS = [
  'name',
  'shortName',
  'address',
  'qcvnCode',
  'decision20Code',
  'gsoCode',
] as const satisfies ReadonlyArray<keyof UpdateAgencyDto & keyof Agency>;
type EditableField = (typeof EDITABLE_FIELDS)[number];

const MAX_SEARCH_WORDS = 8;

// The organisation tree as citizens read it and administrators change it. Every change is
// audited in its own transaction; nothing that references an agency is ever rewritten.
@Injectable()
export class AgenciesService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly tree: AgencyTreeRepository,
    private readonly access: AgencyAccessService,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListAgenciesQuery): Promise<AgencyPageResponse> {
    const { items, total } = await this.agencies.search({
      levelCode: query.level,
      parentId: query.parentId,
      descendantOf: query.descendantOf,
      kind: query.kind,
      activeOn: query.activeOn,
      words: (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS),
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: items.map(toAgencyResponse), page: query.page, pageSize: query.pageSize, total };
  }

  async get(id: string): Promise<AgencyDetailResponse> {
    return this.describe(await this.findExisting(id));
  }

  @Transactional()
  async create(principal: Principal, input: CreateAgencyDto): Promise<AgencyDetailResponse> {
    const parent = await this.agencies.findById(input.parentId);
    if (!parent) {
      throw invalidAgency([{ field: 'parentId', message: 'parentId: không có cơ quan với mã này' }]);
    }
    await this.access.assertMayAct(principal, parent.id);
    const level = await this.agencies.findLevel(input.levelCode);
    const parentLevel = await this.agencies.findLevel(parent.levelCode);
    if (!level) {
      throw invalidAgency([
        { field: 'levelCode', message: `levelCode: không có cấp hành chính ${input.levelCode}` },
      ]);
    }
    if (!parentLevel || !isAgencyKind(parent.kind)) {
      throw new Error(`agency ${parent.id} has an unknown level or kind`);
    }
    const qcvnCode = input.qcvnCode ?? null;
    const problems = findPlacementProblems({
      kind: input.kind,
      level,
      parent: { ...parent, kind: parent.kind, levelRank: parentLevel.rank },
      validFrom: input.validFrom,
      qcvnCode,
      decision20Code: input.decision20Code ?? null,
    });
    if (problems.length > 0) {
      throw invalidAgency(problems);
    }
    if (await this.agencies.isKeyTaken(input.key)) {
      throw agencyKeyTaken(input.key);
    }
    if (qcvnCode !== null && (await this.agencies.isQcvnCodeTaken(qcvnCode))) {
      throw agencyCodeTaken(qcvnCode);
    }
    const agency = await this.tree.insertWithClosure({
      key: input.key,
      name: input.name,
      shortName: input.shortName,
      levelCode: level.code,
      kind: input.kind,
      parentId: parent.id,
      qcvnCode,
      decision20Code: qcvnCode === null ? null : toDecision20Code(qcvnCode),
      gsoCode: input.gsoCode ?? null,
      address: input.address ?? null,
      validFrom: input.validFrom,
      validTo: null,
    });
    await this.audit.record({
      action: 'agency.create',
      targetType: 'agency',
      targetId: agency.id,
      summary: {
        key: agency.key,
        name: agency.name,
        parentId: parent.id,
        levelCode: agency.levelCode,
        kind: agency.kind,
        qcvnCode,
        validFrom: agency.validFrom,
      },
    });
    return this.describe(agency);
  }

  // Corrections of names, codes, address and office hours; never parent, level or dates.
  @Transactional()
  async update(principal: Principal, id: string, input: UpdateAgencyDto): Promise<AgencyDetailResponse> {
    const agency = await this.findExisting(id, { lock: true });
    await this.access.assertMayAct(principal, agency.id);
    const next = { ...pickEditable(agency), ...definedFields(input) };
    if (input.qcvnCode !== undefined && input.decision20Code === undefined) {
      next.decision20Code = input.qcvnCode === null ? null : toDecision20Code(input.qcvnCode);
    }
    const changed = EDITABLE_FIELDS.filter((field) => next[field] !== agency[field]);
    if (changed.length === 0) {
      return this.describe(agency);
    }
    if (changed.includes('qcvnCode') || changed.includes('decision20Code')) {
      const parent = agency.parentId === null ? null : await this.agencies.findById(agency.parentId);
      const problems = findCodeProblems(next.qcvnCode, next.decision20Code, parent?.qcvnCode ?? null);
      if (problems.length > 0) {
        throw invalidAgency(problems);
      }
      if (next.qcvnCode !== null && (await this.agencies.isQcvnCodeTaken(next.qcvnCode, agency.id))) {
        throw agencyCodeTaken(next.qcvnCode);
      }
    }
    await this.agencies.update(agency.id, Object.fromEntries(changed.map((field) => [field, next[field]])));
    await this.audit.record({
      action: 'agency.update',
      targetType: 'agency',
      targetId: agency.id,
      summary: {
        changes: Object.fromEntries(
          changed.map((field) => [field, { from: agency[field], to: next[field] }]),
        ),
      },
    });
    return this.describe({ ...agency, ...next });
  }

  // The agency's last day is validTo; its successors take over the next day. The agency keeps
  // its id, parent and history, so every dossier and account that references it stays valid.
  @Transactional()
  async close(principal: Principal, id: string, input: CloseAgencyDto): Promise<AgencyDetailResponse> {
    const agency = await this.findExisting(id, { lock: true });
    // Closing restructures the parent's subtree: the administrator must administer the parent.
    await this.access.assertMayAct(principal, agency.parentId ?? agency.id);
    if (agency.validTo !== null) {
      throw agencyAlreadyClosed(agency.validTo);
    }
    const found = new Map(
      (await this.agencies.findByIds(input.successors.map((successor) => successor.agencyId))).map(
        (successor) => [successor.id, successor],
      ),
    );
    const problems = findClosingProblems(
      agency,
      input.validTo,
      input.successors.map((successor) => ({ ...successor, found: found.get(successor.agencyId) ?? null })),
    );
    if (problems.length > 0) {
      throw invalidAgency(problems);
    }
    const openDescendants = await this.tree.countDescendantsActiveAfter(agency.id, input.validTo);
    if (openDescendants > 0) {
      throw agencyHasOpenChildren(openDescendants, input.validTo);
    }
    const effectiveDate = nextDay(input.validTo);
    const note = input.note ?? null;
    await this.agencies.close(agency.id, input.validTo);
    await this.agencies.insertSuccessions(
      input.successors.map((successor) => ({
        predecessorId: agency.id,
        successorId: successor.agencyId,
        share: successor.share,
        effectiveDate,
        note,
      })),
    );
    await this.audit.record({
      action: 'agency.close',
      targetType: 'agency',
      targetId: agency.id,
      summary: {
        validTo: input.validTo,
        successors: input.successors.map((successor) => ({ ...successor })),
        note,
      },
    });
    return this.describe({ ...agency, validTo: input.validTo });
  }

  private async findExisting(id: string, options: { lock?: boolean } = {}): Promise<Agency> {
    const agency = await this.agencies.findById(id, options);
    if (!agency) {
      throw agencyNotFound();
    }
    return agency;
  }

  private async describe(agency: Agency): Promise<AgencyDetailResponse> {
    const ancestors = await this.tree.findAncestorAgencies(agency.id);
    const predecessors = await this.agencies.findPredecessors(agency.id);
    const successors = await this.agencies.findSuccessors(agency.id);
    return toAgencyDetail(agency, { ancestors, predecessors, successors });
  }
}

function pickEditable(agency: Agency): Pick<Agency, EditableField> {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, agency[field]])) as Pick<
    Agency,
    EditableField
  >;
}

function definedFields(input: UpdateAgencyDto): Partial<Pick<Agency, EditableField>> {
  return Object.fromEntries(
    EDITABLE_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]]),
  );
}
