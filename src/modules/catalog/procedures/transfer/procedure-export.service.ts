import { Injectable } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { type Principal } from '../../../identity';
import { CatalogAdminScope } from '../catalog-admin-scope';
import { type ProcedureStatus } from '../domain/procedure-vocabulary';
import { referencedAgencyIds } from '../procedure.mapper';
import { ProcedureReferencesRepository } from '../procedure-references.repository';
import { contentOf, ProcedureRepository } from '../procedure.repository';
import { encodeProcedureRow } from './procedure-sheet';
import { type SpreadsheetFormat } from './spreadsheet-reader';
import { writeSpreadsheet } from './spreadsheet-writer';

const PAGE = 500;

export interface ExportFilter {
  readonly status?: ProcedureStatus;
  readonly isDemo?: boolean;
}

// The catalog in the import layout, streamed page by page: for each procedure its latest
// published version (else its draft), so re-importing the file changes nothing.
@Injectable()
export class ProcedureExportService {
  constructor(
    private readonly procedures: ProcedureRepository,
    private readonly references: ProcedureReferencesRepository,
    private readonly scope: CatalogAdminScope,
  ) {}

  async export(principal: Principal, format: SpreadsheetFormat, filter: ExportFilter): Promise<Readable> {
    await this.scope.assertMayManage(principal);
    return writeSpreadsheet(format, this.rows(filter));
  }

  private async *rows(filter: ExportFilter): AsyncGenerator<Record<string, string>> {
    const sectorCodes = new Map(
      (await this.references.findAllSectors()).map((sector) => [sector.id, sector.code]),
    );
    let afterCode: string | null = null;
    for (;;) {
      const page = await this.procedures.findPageByCode(afterCode, PAGE, filter);
      if (page.length === 0) {
        return;
      }
      const versions = new Map(
        (await this.procedures.findExportedVersions(page.map((procedure) => procedure.id))).map((version) => [
          version.procedureId,
          version,
        ]),
      );
      const contents = [...versions.values()].map(contentOf);
      const agencyKeys = new Map(
        (await this.references.findAgencies(contents.flatMap(referencedAgencyIds))).map((agency) => [
          agency.id,
          agency.key,
        ]),
      );
      for (const procedure of page) {
        const version = versions.get(procedure.id);
        if (!version) {
          continue;
        }
        const content = contentOf(version);
        yield encodeProcedureRow(
          {
            code: procedure.code,
            nationalCode: procedure.nationalCode,
            onlineVariantCodes: procedure.onlineVariantCodes,
            sectorCode: sectorCodes.get(content.sectorId) ?? '',
            status: procedure.status as ProcedureStatus,
            effectiveFrom: version.effectiveFrom,
            isDemo: procedure.isDemo,
            content,
          },
          (agencyId) => agencyKeys.get(agencyId) ?? agencyId,
        );
      }
      afterCode = page[page.length - 1].code;
    }
  }
}
