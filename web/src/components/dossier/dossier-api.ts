import { api, unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';

type Schemas = components['schemas'];
export type Dossier = Schemas['DossierDto'];
export type DossierEvent = Schemas['DossierEventDto'];
export type DossierStep = Schemas['DossierStepDto'];
export type Attachment = Schemas['DossierAttachmentDto'];
export type AttachmentPurpose = Attachment['purpose'];
export type AllowedActions = Schemas['DossierAllowedActionsDto'];
export type AllowedAction = Schemas['AllowedActionDto'];
export type DossierAction = AllowedAction['action'];
export type ActionInput = Schemas['DossierActionDto'];
export type DeskIntake = Schemas['DeskIntakeDto'];
export type Applicant = Schemas['ApplicantDto'];
export type FormListing = Schemas['DossierFormListDto'];
export type DossierForm = Schemas['DossierFormDto'];
export type ProcedureSummary = Schemas['ProcedureSummaryResponse'];
export type ProcedureDetail = Schemas['ProcedureDetailResponse'];
export type ProcedureVersion = Schemas['ProcedureVersionResponse'];
export type Deadline = Schemas['DeadlineResponseDto'];
export type DeadlineQuery = operations['CalendarController_computeDeadline']['parameters']['query'];
export type Agency = Schemas['AgencyDetailResponse'];
export type Handler = Schemas['AgencyHandlerDto'];

// What the clerk and handler screens read and do, through the typed client (bearer token,
// refresh, problem+json as ApiProblem).
export const dossierApi = {
  get: (id: string) => unwrap(api.GET('/api/v1/dossiers/{id}', { params: { path: { id } } })),
  allowedActions: (id: string) =>
    unwrap(api.GET('/api/v1/dossiers/{id}/actions', { params: { path: { id } } })),
  // The version the user saw goes as If-Match (and in the body): a stale one is a 409.
  act: (id: string, action: DossierAction, input: ActionInput & { version: number }) =>
    unwrap(
      api.POST('/api/v1/dossiers/{id}/actions/{action}', {
        params: { path: { id, action }, header: { 'if-match': `"${input.version}"` } },
        body: input,
      }),
    ),
  intake: (body: DeskIntake) => unwrap(api.POST('/api/v1/dossiers', { body })),
  forms: (id: string) => unwrap(api.GET('/api/v1/dossiers/{id}/forms', { params: { path: { id } } })),
  // A form as a PDF blob: the link needs the bearer token, so it cannot be a plain <a href>.
  formPdf: (id: string, name: string) =>
    unwrap(
      api.GET('/api/v1/dossiers/{id}/forms/{file}', {
        params: { path: { id, file: `${name}.pdf` } },
        parseAs: 'blob',
      }),
    ),
  attachment: (id: string, attachmentId: string) =>
    unwrap(
      api.GET('/api/v1/dossiers/{id}/attachments/{attachmentId}', {
        params: { path: { id, attachmentId } },
        parseAs: 'blob',
      }),
    ),
  upload: (id: string, file: File, purpose: AttachmentPurpose, documentIndex?: number) => {
    const body = new FormData();
    body.append('purpose', purpose);
    if (documentIndex !== undefined) {
      body.append('documentIndex', String(documentIndex));
    }
    body.append('file', file, file.name);
    return unwrap(
      api.POST('/api/v1/dossiers/{id}/attachments', {
        params: { path: { id } },
        // The multipart form as the browser builds it (with its boundary).
        body: body as unknown as Schemas['AttachmentUploadForm'],
        bodySerializer: (form) => form as unknown as FormData,
      }),
    );
  },
  searchProcedures: (q: string) =>
    unwrap(api.GET('/api/v1/procedures', { params: { query: { q, pageSize: 10 } } })),
  procedure: (id: string) => unwrap(api.GET('/api/v1/procedures/{id}', { params: { path: { id } } })),
  procedureVersion: (id: string, versionNo: number) =>
    unwrap(api.GET('/api/v1/procedures/{id}/versions/{versionNo}', { params: { path: { id, versionNo } } })),
  agency: (id: string) => unwrap(api.GET('/api/v1/agencies/{id}', { params: { path: { id } } })),
  // Who a unit head may assign: the handlers of the organisation holding the agency.
  handlers: (agencyId: string) =>
    unwrap(api.GET('/api/v1/agencies/{id}/handlers', { params: { path: { id: agencyId } } })),
  // Consultations (xin ý kiến) of a dossier, with their due state; and those waiting for the
  // user's organisation to answer.
  consultations: (id: string) =>
    unwrap(api.GET('/api/v1/dossiers/{id}/consultations', { params: { path: { id } } })),
  openConsultations: () =>
    unwrap(api.GET('/api/v1/consultations', { params: { query: { state: 'open', pageSize: 200 } } })),
  deadline: (query: DeadlineQuery) => unwrap(api.GET('/api/v1/calendar/deadline', { params: { query } })),
};

// The version the dossier was received under (its document list and time limit): the current
// one in almost every case, else looked up among the published versions.
export async function loadPinnedVersion(dossier: Dossier): Promise<{
  procedure: ProcedureDetail;
  version: ProcedureVersion | null;
}> {
  const procedure = await dossierApi.procedure(dossier.procedureId);
  const candidates = [procedure.currentVersion, procedure.upcomingVersion].filter(
    (version): version is ProcedureVersion => version !== null,
  );
  const known = candidates.find((version) => version.id === dossier.procedureVersionId);
  if (known) {
    return { procedure, version: known };
  }
  for (const facts of [...procedure.versions].reverse()) {
    const version = await dossierApi.procedureVersion(procedure.id, facts.versionNo);
    if (version.id === dossier.procedureVersionId) {
      return { procedure, version };
    }
  }
  return { procedure, version: procedure.currentVersion };
}
