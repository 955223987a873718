import { DomainError, type ErrorKind, type FieldError } from '../../../common';

export type DossierErrorCode =
  | 'dossier-action-not-allowed' // the action does not apply to the dossier's status
  | 'dossier-action-forbidden' // the actor's roles may not take the action
  | 'dossier-clock-conflict' // the clock is not in a state the operation needs
  | 'dossier-clock-out-of-order' // an instant earlier than the clock's last event
  | 'dossier-apology-already-issued'
  | 'dossier-apology-too-late'
  | 'dossier-apology-invalid-appointment'
  | 'dossier-code-invalid'
  | 'dossier-code-sequence-exhausted'
  | 'dossier-history-invalid'
  | 'route-step-not-open' // the actor's agency has no open step of the route
  | 'route-not-running'
  | 'route-group-unfinished' // parallel participants have not finished their part
  | 'route-last-step'
  | 'route-no-previous-agency'
  | 'resolving-agency-not-found'; // the tree has no agency the procedure names above the desk

// Coded dossier errors (Twenty's *Exception + code pattern): the global filter maps the kind to
// the HTTP status and writes problem+json; title and detail are what a Vietnamese user reads.
export class DossierError extends DomainError {
  constructor(
    kind: ErrorKind,
    override readonly code: DossierErrorCode,
    title: string,
    detail: string,
    errors: readonly FieldError[] = [],
  ) {
    super(kind, code, title, detail, errors);
  }
}
