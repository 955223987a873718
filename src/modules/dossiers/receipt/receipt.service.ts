import { Injectable } from '@nestjs/common';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import {
  AgencyDirectory,
  type AgencySummary,
  type PinnedProcedureVersion,
  ProcedureCatalog,
} from '../../catalog';
import { DossierCodeCounterRepository } from '../codes/dossier-code-counter.repository';
import { findReceiptDate, formatDossierCode, startClock } from '../domain';
import { type Dossier } from '../dossier.entity';
import { findImplementationAt } from '../intake/intake-plan';
import { deskWithoutIdentifier, procedureNotInForce } from '../intake/intake.errors';
import { DossierRegisterCounterRepository } from '../register/dossier-register-counter.repository';

// Receiving a dossier (Mẫu 01), whichever way it came: its code from the desk's daily sequence, its
// line in the desk's register (Mẫu 06) from the desk's yearly sequence, and its clock from the
// pinned version's time limit at the desk's level. Call inside the transaction that saves the
// dossier, so the numbers are used exactly when the receipt exists. The caller loads
// the desk's calendar before opening that transaction: the calendar cache reads on a connection of
// its own, and a transaction waiting for a second connection starves the pool under load.
@Injectable()
export class ReceiptService {
  constructor(
    private readonly agencies: AgencyDirectory,
    private readonly catalog: ProcedureCatalog,
    private readonly codes: DossierCodeCounterRepository,
    private readonly registers: DossierRegisterCounterRepository,
  ) {}

  // `known`: the desk and the pinned version when the caller has just read them (desk intake),
  // saving two reads on the busiest write path.
  async issue(
    dossier: Dossier,
    cal: WorkingCalendar,
    now: Date,
    known?: { readonly desk: AgencySummary; readonly version: PinnedProcedureVersion },
  ): Promise<Partial<Dossier>> {
    const desk = known?.desk ?? (await this.agencies.describe(dossier.receivingAgencyId));
    const version = known?.version ?? (await this.catalog.findVersionById(dossier.procedureVersionId));
    if (!desk || !version) {
      throw procedureNotInForce();
    }
    if (!desk.qcvnCode) {
      throw deskWithoutIdentifier();
    }
    const implementation = findImplementationAt(version.content, desk.levelCode);
    const clock = startClock(cal, now.getTime(), implementation.timeLimit, dossier.channel === 'ONLINE');
    const receiptDate = findReceiptDate(now.getTime());
    // Always code first, then register: one lock order for every receipt, so no deadlock.
    const sequence = await this.codes.takeNext(desk.id, receiptDate);
    // Circular 01/2018 art. 10: the register runs continuously through the year (in Vietnam) of
    // receipt, and starts again at 1 with the first receipt of the next.
    const registerYear = Number(receiptDate.slice(0, 4));
    const registerNumber = await this.registers.takeNext(desk.id, registerYear);
    return {
      code: formatDossierCode(desk.qcvnCode, now.getTime(), sequence),
      registerYear,
      registerNumber,
      receivedAt: now,
      dueAt: new Date(clock.dueAtMs),
      appointmentAt: new Date(clock.appointmentAtMs),
      clock: clock as unknown as Record<string, unknown>,
    };
  }
}
