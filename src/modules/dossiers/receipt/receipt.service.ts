import { Injectable } from '@nestjs/common';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { AgencyDirectory, ProcedureCatalog } from '../../catalog';
import { DossierCodeCounterRepository } from '../codes/dossier-code-counter.repository';
import { findReceiptDate, formatDossierCode, startClock } from '../domain';
import { type Dossier } from '../dossier.entity';
import { findImplementationAt } from '../intake/intake-plan';
import { deskWithoutIdentifier, procedureNotInForce } from '../intake/intake.errors';

// Receiving a dossier (Mẫu 01), whichever way it came: its code from the desk's daily sequence and
// its clock from the pinned version's time limit at the desk's level. Call inside the transaction
// that saves the dossier, so the number is used exactly when the receipt exists. The caller loads
// the desk's calendar before opening that transaction: the calendar cache reads on a connection of
// its own, and a transaction waiting for a second connection starves the pool under load.
@Injectable()
export class ReceiptService {
  constructor(
    private readonly agencies: AgencyDirectory,
    private readonly catalog: ProcedureCatalog,
    private readonly codes: DossierCodeCounterRepository,
  ) {}

  async issue(dossier: Dossier, cal: WorkingCalendar, now: Date): Promise<Partial<Dossier>> {
    const desk = await this.agencies.describe(dossier.receivingAgencyId);
    const version = await this.catalog.findVersionById(dossier.procedureVersionId);
    if (!desk || !version) {
      throw procedureNotInForce();
    }
    if (!desk.qcvnCode) {
      throw deskWithoutIdentifier();
    }
    const implementation = findImplementationAt(version.content, desk.levelCode);
    const clock = startClock(cal, now.getTime(), implementation.timeLimit, dossier.channel === 'ONLINE');
    const sequence = await this.codes.takeNext(desk.id, findReceiptDate(now.getTime()));
    return {
      code: formatDossierCode(desk.qcvnCode, now.getTime(), sequence),
      receivedAt: now,
      dueAt: new Date(clock.dueAtMs),
      appointmentAt: new Date(clock.appointmentAtMs),
      clock: clock as unknown as Record<string, unknown>,
    };
  }
}
