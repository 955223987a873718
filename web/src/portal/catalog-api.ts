import { api, unwrap } from '../api/client';
import type { components, operations } from '../api/schema';

export type ProcedureSearch = NonNullable<operations['ProceduresController_list']['parameters']['query']>;
export type ProcedureSummary = components['schemas']['ProcedureSummaryResponse'];
export type ProcedurePage = components['schemas']['ProcedurePageResponse'];
export type ProcedureDetail = components['schemas']['ProcedureDetailResponse'];
export type ProcedureVersion = components['schemas']['ProcedureVersionResponse'];
export type Sector = components['schemas']['SectorResponse'];
export type Tracking = components['schemas']['PublicTrackingDto'];

// The public catalog and tracking, as the portal reads them (accent-insensitive search is the
// server's: "dang ky khai sinh" finds "Đăng ký khai sinh").
export const catalogApi = {
  searchProcedures: (query: ProcedureSearch) => unwrap(api.GET('/api/v1/procedures', { params: { query } })),
  getProcedure: (procedureId: string) =>
    unwrap(api.GET('/api/v1/procedures/{id}', { params: { path: { id: procedureId } } })),
  listSectors: () => unwrap(api.GET('/api/v1/sectors')),
  trackDossier: (code: string, verifier: string) =>
    unwrap(api.GET('/api/v1/public/dossiers/{code}', { params: { path: { code }, query: { verifier } } })),
};
