import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { DataSource, Not } from 'typeorm';
import { DomainError } from '../../../common';
import { formatVietnamInstant } from '../../calendar';
import { AgencyDirectory, ProcedureCatalog } from '../../catalog';
import { type DossierStatus, describeStatus, isDossierCode, toNationalStatusCode } from '../domain';
import { DossierEvent } from '../dossier-event.entity';
import { Dossier } from '../dossier.entity';
import { type PublicTrackingDto } from './public-tracking.dto';

// A wrong verifier and an unknown code get the same answer, so codes cannot be enumerated.
const notFound = () =>
  new DomainError(
    'not-found',
    'tracking-not-found',
    'Không tìm thấy hồ sơ',
    'Không tìm thấy hồ sơ với mã và số kiểm tra đã nhập.',
  );

function isSameVerifier(expected: string | null, given: string): boolean {
  return (
    expected !== null &&
    expected.length === given.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(given))
  );
}

// Public tracking: the dossier code and the last 4 digits of the phone on the receipt. No personal
// data in the answer; the steps are named by agency, not by person.
@Injectable()
export class PublicTrackingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: ProcedureCatalog,
    private readonly agencies: AgencyDirectory,
  ) {}

  async track(code: string, verifier: string): Promise<PublicTrackingDto> {
    const dossier = isDossierCode(code)
      ? await this.dataSource.getRepository(Dossier).findOneBy({ code })
      : null;
    if (!dossier || !isSameVerifier(dossier.applicantPhoneLast4, verifier)) {
      throw notFound();
    }
    const [version, events] = await Promise.all([
      this.catalog.findVersionById(dossier.procedureVersionId),
      // The citizen follows the hand-overs; system rows (a re-dated deadline) are not steps.
      this.dataSource
        .getRepository(DossierEvent)
        .find({ where: { dossierId: dossier.id, actorKind: Not('system') }, order: { id: 'ASC' } }),
    ]);
    const agencyNames = new Map<string, string>();
    for (const agencyId of new Set(events.flatMap((event) => (event.toAgencyId ? [event.toAgencyId] : [])))) {
      agencyNames.set(agencyId, (await this.agencies.describe(agencyId))?.name ?? '');
    }
    const status = dossier.status as DossierStatus;
    const instant = (value: Date | null) => (value ? formatVietnamInstant(value.getTime()) : null);
    return {
      code: dossier.code!,
      status,
      statusLabel: describeStatus(status),
      nationalStatusCode: toNationalStatusCode(status),
      procedureName: version?.content.name ?? '',
      receivedAt: instant(dossier.receivedAt),
      appointmentAt: instant(dossier.appointmentAt),
      resolvedAt: instant(dossier.resolvedAt),
      returnedAt: instant(dossier.returnedAt),
      steps: events.map((event) => ({
        at: formatVietnamInstant(event.occurredAt.getTime()),
        status: event.toStatus,
        statusLabel: describeStatus(event.toStatus as DossierStatus),
        agency: event.toAgencyId ? (agencyNames.get(event.toAgencyId) ?? null) : null,
      })),
    };
  }
}
