import { Injectable } from '@nestjs/common';
import { type ProcedureContent } from './domain/procedure-content';
import { vietnamDateOf } from './domain/version-in-force';
import { type ProcedureVersion } from './procedure-version.entity';
import { contentOf, ProcedureRepository } from './procedure.repository';

// A published version as other modules see it: everything a dossier is received under.
export interface PinnedProcedureVersion {
  readonly procedureId: string;
  readonly procedureCode: string;
  readonly nationalCode: string | null;
  readonly versionId: string;
  readonly versionNo: number;
  readonly effectiveFrom: string;
  readonly content: ProcedureContent;
}

// The catalog's face for other modules (dossiers pin a version at receipt; reports name
// procedures). Only published versions are ever returned.
@Injectable()
export class ProcedureCatalog {
  constructor(private readonly procedures: ProcedureRepository) {}

  // The version in force on the Vietnamese civil date of `at`, with whether the procedure is
  // suspended now (it takes no new dossiers then; those already received keep their version,
  // read by id). Null when the procedure does not exist or no version was in force yet.
  async findVersionInForce(
    procedureId: string,
    at: Date,
  ): Promise<(PinnedProcedureVersion & { readonly suspended: boolean }) | null> {
    const procedure = await this.procedures.findById(procedureId);
    if (!procedure) {
      return null;
    }
    const version = await this.procedures.findVersionInForce(procedureId, vietnamDateOf(at.getTime()));
    return version ? { ...toPinned(procedure, version), suspended: procedure.status === 'SUSPENDED' } : null;
  }

  // A pinned version read back by its id (what a dossier stores).
  async findVersionById(versionId: string): Promise<PinnedProcedureVersion | null> {
    const version = await this.procedures.findVersionById(versionId);
    if (!version || version.status !== 'PUBLISHED') {
      return null;
    }
    const procedure = await this.procedures.findById(version.procedureId);
    return procedure ? toPinned(procedure, version) : null;
  }
}

function toPinned(
  procedure: { id: string; code: string; nationalCode: string | null },
  version: ProcedureVersion,
): PinnedProcedureVersion {
  return {
    procedureId: procedure.id,
    procedureCode: procedure.code,
    nationalCode: procedure.nationalCode,
    versionId: version.id,
    versionNo: version.versionNo,
    effectiveFrom: version.effectiveFrom!,
    content: contentOf(version),
  };
}
