import { unwrap } from '../../api/client';
import type { components, operations } from '../../api/schema';
import { citizenApi } from './citizen-session';

type Schemas = components['schemas'];
export type Dossier = Schemas['DossierDto'];
export type DossierEvent = Schemas['DossierEventDto'];
export type Evaluation = Schemas['EvaluationDto'];
export type EvaluationIndex = Schemas['EvaluationIndexDto'];
export type EvaluationScores = Schemas['EvaluationScoresDto'];
export type AllowedAction = Schemas['AllowedActionDto'];
export type OnlineSubmission = Schemas['OnlineSubmissionDto'];
export type Applicant = Schemas['ApplicantDto'];
export type Agency = Schemas['AgencyResponse'];
export type AgencyKind = NonNullable<
  NonNullable<operations['AgenciesController_list']['parameters']['query']>['kind']
>;
type MyDossiersQuery = NonNullable<operations['CitizenDossiersController_list']['parameters']['query']>;

// What a citizen may do with their own dossier (the workflow table opens no other to applicants).
export type CitizenAction = 'RESUBMIT' | 'RECEIVE_SUPPLEMENT' | 'WITHDRAW';

// The signed-in citizen's calls, all through the citizen's own session.
export const myDossiersApi = {
  profile: () => unwrap(citizenApi.GET('/api/v1/me')),
  list: (query: MyDossiersQuery) => unwrap(citizenApi.GET('/api/v1/me/dossiers', { params: { query } })),
  get: (id: string) => unwrap(citizenApi.GET('/api/v1/me/dossiers/{id}', { params: { path: { id } } })),
  allowedActions: (id: string) =>
    unwrap(citizenApi.GET('/api/v1/dossiers/{id}/actions', { params: { path: { id } } })),
  act: (id: string, action: CitizenAction, version: number, note?: string) =>
    unwrap(
      citizenApi.POST('/api/v1/me/dossiers/{id}/actions/{action}', {
        // The version the citizen saw, as an entity tag: a dossier changed meanwhile answers 409.
        params: { path: { id, action }, header: { 'if-match': `"${version}"` } },
        body: { version, ...(note ? { note } : {}) },
      }),
    ),
  // The Idempotency-Key makes a retried submission (a lost answer, a second tap) return the
  // dossier the first one created instead of a second dossier.
  submit: (submission: OnlineSubmission, idempotencyKey: string) =>
    unwrap(
      citizenApi.POST('/api/v1/public/dossiers', {
        params: { header: { 'Idempotency-Key': idempotencyKey } },
        body: submission,
      }),
    ),
  upload: (id: string, file: File, purpose: 'DOCUMENT' | 'SUPPLEMENT', documentIndex?: number) => {
    const body = new FormData();
    body.append('purpose', purpose);
    if (documentIndex !== undefined) {
      body.append('documentIndex', String(documentIndex));
    }
    body.append('file', file, file.name);
    return unwrap(
      citizenApi.POST('/api/v1/me/dossiers/{id}/attachments', {
        params: { path: { id } },
        // The multipart form as the browser builds it (with its boundary).
        body: body as unknown as Schemas['AttachmentUploadForm'],
        bodySerializer: (form) => form as unknown as FormData,
      }),
    );
  },
  evaluationIndices: () => unwrap(citizenApi.GET('/api/v1/evaluation-indices')),
  rate: (id: string, scores: EvaluationScores, comment?: string) =>
    unwrap(
      citizenApi.POST('/api/v1/me/dossiers/{id}/evaluation', {
        params: { path: { id } },
        body: { scores, ...(comment ? { comment } : {}) },
      }),
    ),
  procedure: (id: string) => unwrap(citizenApi.GET('/api/v1/procedures/{id}', { params: { path: { id } } })),
  desks: (query: { level: string; kind: AgencyKind; q?: string; activeOn: string }) =>
    unwrap(citizenApi.GET('/api/v1/agencies', { params: { query: { ...query, pageSize: 50 } } })),
};

// A fresh key per submission attempt: 128 random bits (getRandomValues works over plain http
// too, where crypto.randomUUID does not).
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `nop-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
