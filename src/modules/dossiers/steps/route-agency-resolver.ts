import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '../../catalog/procedures/domain/search-query';
import { type AgencyRef, type Implementation } from '../../catalog/procedures/domain/procedure-content';
import { DossierError } from '../domain';
import { type RouteStepTemplate } from '../domain/route-progress';

interface CommitteeRow {
  id: string;
  level_code: string;
}

interface CandidateRow {
  id: string;
  name: string;
}

// A procedure names who acts as "a kind of agency at a level" (any commune People's Committee)
// or one specific agency; a dossier needs the concrete agency. Resolved against the receiving
// desk's place in the tree: the People's Committee at that level above the desk, or, for another
// kind (a department, a unit), the one under that committee whose name matches the procedure's
// label. Decision: a unit the tree does not have (e.g. "Chi nhánh Văn phòng đăng ký đất đai") is
// handled in the committee's inbox, the label kept on the step so the control sheet names it.
@Injectable()
export class RouteAgencyResolver {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  // The committees above (and including) the desk, by level.
  private async committeesAbove(deskId: string): Promise<Map<string, string>> {
    const rows = await this.txHost.tx.query<CommitteeRow[]>(
      `SELECT a.id, a.level_code FROM agency_closure c JOIN agencies a ON a.id = c.ancestor_id
       WHERE c.descendant_id = $1 AND a.kind = 'PEOPLES_COMMITTEE' ORDER BY c.depth`,
      [deskId],
    );
    const byLevel = new Map<string, string>();
    for (const row of rows) {
      if (!byLevel.has(row.level_code)) {
        byLevel.set(row.level_code, row.id);
      }
    }
    return byLevel;
  }

  async resolveAgency(
    deskId: string,
    ref: AgencyRef & { readonly level: string; readonly agencyLabel?: string | null },
  ): Promise<string | null> {
    if (ref.agencyId) {
      return ref.agencyId;
    }
    const committee = (await this.committeesAbove(deskId)).get(ref.level);
    if (!committee || ref.agencyKind === 'PEOPLES_COMMITTEE' || ref.agencyKind === null) {
      return committee ?? null;
    }
    const candidates = await this.txHost.tx.query<CandidateRow[]>(
      `SELECT a.id, a.name FROM agency_closure c JOIN agencies a ON a.id = c.descendant_id
       WHERE c.ancestor_id = $1 AND c.depth > 0 AND a.kind = $2 AND a.level_code = $3
         AND (a.valid_to IS NULL OR a.valid_to >= current_date)
       ORDER BY a.name`,
      [committee, ref.agencyKind, ref.level],
    );
    const label = ref.agencyLabel ? foldVietnamese(ref.agencyLabel) : null;
    const named = label ? candidates.find((row) => foldVietnamese(row.name).includes(label)) : undefined;
    return named?.id ?? (candidates.length === 1 && !label ? candidates[0].id : committee);
  }

  // The route of the implementation as concrete steps. Steps at a level below the desk (a route
  // starting at the commune, submitted at the district desk) have no agency above the desk and
  // are left out: the desk's level takes the dossier from there.
  async resolveRoute(deskId: string, implementation: Implementation): Promise<RouteStepTemplate[]> {
    const templates: RouteStepTemplate[] = [];
    for (const step of implementation.route) {
      const agencyId = await this.resolveAgency(deskId, step);
      if (agencyId) {
        templates.push({
          sequence: step.sequence,
          agencyId,
          agencyLabel: step.agencyLabel,
          levelCode: step.level,
          task: step.task,
          isLead: step.isLead,
          allotted: step.allotted,
        });
      }
    }
    return templates;
  }

  async resolveImplementationAgency(deskId: string, implementation: Implementation): Promise<string> {
    const agencyId = await this.resolveAgency(deskId, implementation);
    if (!agencyId) {
      throw new DossierError(
        'invalid',
        'resolving-agency-not-found',
        'Không xác định được cơ quan giải quyết',
        'Cây cơ quan không có cơ quan giải quyết của thủ tục ở trên bộ phận một cửa này.',
      );
    }
    return agencyId;
  }
}
