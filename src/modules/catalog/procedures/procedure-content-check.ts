import { Injectable } from '@nestjs/common';
import { type FieldError } from '../../../common';
import { type ProcedureContent } from './domain/procedure-content';
import { findContentProblems } from './domain/procedure-rules';
import { referencedAgencyIds } from './procedure.mapper';
import { ProcedureReferencesRepository } from './procedure-references.repository';

// The content rules (domain) plus what only the database knows: that the sector and the agencies
// named exist, and that a named agency sits at the level it is named for.
@Injectable()
export class ProcedureContentCheck {
  constructor(private readonly references: ProcedureReferencesRepository) {}

  async findProblems(content: ProcedureContent): Promise<FieldError[]> {
    const problems = findContentProblems(content);
    const [sectors, agencies] = await Promise.all([
      this.references.findSectors([content.sectorId]),
      this.references.findAgencies(referencedAgencyIds(content)),
    ]);
    if (sectors.length === 0) {
      problems.push({ field: 'sectorId', message: 'sectorId: không có lĩnh vực với mã này' });
    }
    const levelOf = new Map(agencies.map((agency) => [agency.id, agency.levelCode]));
    content.implementations.forEach((implementation, index) => {
      const refs = [
        { path: `implementations[${index}]`, ref: implementation },
        ...implementation.route.map((step, stepIndex) => ({
          path: `implementations[${index}].route[${stepIndex}]`,
          ref: step,
        })),
      ];
      for (const { path, ref } of refs) {
        if (ref.agencyId === null) {
          continue;
        }
        const level = levelOf.get(ref.agencyId);
        if (level === undefined) {
          problems.push({
            field: `${path}.agencyId`,
            message: `${path}.agencyId: không có cơ quan với mã này`,
          });
        } else if (level !== ref.level) {
          problems.push({
            field: `${path}.agencyId`,
            message: `${path}.agencyId: cơ quan thuộc cấp ${level}, không phải cấp ${ref.level}`,
          });
        }
      }
    });
    return problems;
  }
}
