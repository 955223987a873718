import {
  DOSSIER_RESOLUTION_LABELS,
  DOSSIER_STATUS_FACTS,
  type DossierResolution,
  type DossierStatus,
  isEndStatus,
} from '../domain';
import { type Dossier } from '../dossier.entity';
import { type RegisterRow } from '../forms';

export interface RegisterLineSources {
  readonly procedureNames: ReadonlyMap<string, string>; // by procedure version id
  readonly agencyNames: ReadonlyMap<string, string>; // by agency id
  readonly transferredAt: ReadonlyMap<string, Date>; // by dossier id
}

// One line of the register (Mẫu 06) from a received dossier. The result is "received from the
// resolving agency" when it is issued back to the desk (resolvedAt); the note says how a dossier
// ended without a result, or that it was refused after appraisal. Contacts are masked: the
// register is paper that many people see.
export function toRegisterRow(dossier: Dossier, sources: RegisterLineSources): RegisterRow {
  const contact = [
    dossier.applicantAddress,
    dossier.applicantPhoneLast4 ? `******${dossier.applicantPhoneLast4}` : null,
  ].filter((part): part is string => part !== null && part.trim() !== '');
  return {
    number: dossier.registerNumber ?? 0,
    dossierCode: dossier.code ?? '',
    procedureName: sources.procedureNames.get(dossier.procedureVersionId) ?? '',
    setCount: 1,
    applicantName: dossier.applicantName,
    applicantContact: contact.length > 0 ? contact.join('; ') : null,
    leadAgencyName: sources.agencyNames.get(dossier.resolvingAgencyId) ?? '',
    receivedAt: dossier.receivedAt?.getTime() ?? dossier.submittedAt.getTime(),
    appointmentAt: dossier.appointmentAt?.getTime() ?? dossier.submittedAt.getTime(),
    transferredAt: sources.transferredAt.get(dossier.id)?.getTime() ?? null,
    resultReceivedAt: dossier.resolvedAt?.getTime() ?? null,
    returnedAt: dossier.returnedAt?.getTime() ?? null,
    note: noteOf(dossier),
  };
}

function noteOf(dossier: Dossier): string | null {
  const status = dossier.status as DossierStatus;
  if (dossier.resolution === 'REFUSED') {
    return DOSSIER_RESOLUTION_LABELS[dossier.resolution as DossierResolution];
  }
  return isEndStatus(status) && status !== 'RETURNED' ? DOSSIER_STATUS_FACTS[status].label : null;
}
