import { type TemplateName } from './notice-templates';

// Which citizen notice a dossier status change gives, or null (transfers, approvals and other
// internal steps: the national portal sync reports those). For the relay: the status and action
// of a 'dossier.status-changed' event, and whether the dossier came in online (its channel).
export function citizenNoticeFor(change: {
  readonly status: string;
  readonly action?: string | null;
  readonly online: boolean;
}): TemplateName | null {
  const { status, action, online } = change;
  switch (status) {
    case 'RECEIVED':
      return online ? 'citizen.online-received' : 'citizen.received';
    case 'SUPPLEMENT_REQUESTED_AT_RECEPTION':
      return online ? 'citizen.online-supplement-requested' : 'citizen.supplement-requested-at-reception';
    case 'NOT_RECEIVED':
      return online ? 'citizen.online-refused' : 'citizen.refused-at-reception';
    case 'SUPPLEMENT_REQUESTED':
      return 'citizen.supplement-requested';
    // Granted and refused after appraisal are both RESOLVED; the action tells them apart.
    case 'RESOLVED':
      return action === 'REFUSE_AFTER_APPRAISAL' ? 'citizen.refused' : 'citizen.result-ready';
    case 'STOPPED':
      return 'citizen.stopped';
    default:
      return null;
  }
}
