import { Injectable } from '@nestjs/common';
import { AgencyDirectory } from '../../catalog';
import { type AgencyHeading } from '../forms';

// The letterhead of an agency on a form: its parent (cơ quan chủ quản) above its own name, e.g.
// "UBND XÃ AN MỸ" / "BỘ PHẬN MỘT CỬA XÃ AN MỸ". Names are read from the tree as it is today: a
// reorganisation creates new agencies, so a dossier's agencies keep their names.
@Injectable()
export class FormLetterheadService {
  constructor(private readonly agencies: AgencyDirectory) {}

  // One query after another: inside a transaction they share one connection.
  async headingOf(agencyId: string): Promise<AgencyHeading> {
    const [own, parent] = await this.agencies.ancestorsOf(agencyId);
    const ownSummary = own ? await this.agencies.describe(own.id) : null;
    const parentSummary = parent ? await this.agencies.describe(parent.id) : null;
    return { parentName: parentSummary?.name ?? null, name: ownSummary?.name ?? '' };
  }

  async headingsOf(agencyIds: readonly string[]): Promise<Map<string, AgencyHeading>> {
    const headings = new Map<string, AgencyHeading>();
    for (const id of new Set(agencyIds)) {
      headings.set(id, await this.headingOf(id));
    }
    return headings;
  }
}
