export { CatalogModule } from './catalog.module';
export { AgencyDirectory } from './agencies/agency-directory.service';
export { type AgencySummary, type AncestorRow } from './agencies/agency-tree.repository';
export { AGENCY_KINDS, type AgencyKind, ORGANISATION_KINDS } from './agencies/domain/agency-kinds';
export { ProcedureCatalog, type PinnedProcedureVersion } from './procedures/procedure-catalog.service';
export { type ProcedureContent } from './procedures/domain/procedure-content';
