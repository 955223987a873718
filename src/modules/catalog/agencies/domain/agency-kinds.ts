// Kinds of agencies in the organisation tree. "Organisations" are where staff act; desks and
// units belong to the organisation above them (see agency-access.ts).
export const AGENCY_KINDS = [
  'PEOPLES_COMMITTEE', // Ủy ban nhân dân (province, district, commune)
  'PEOPLES_COUNCIL', // Hội đồng nhân dân
  'DEPARTMENT', // sở, ban, ngành of the province
  'SERVICE_CENTRE', // Trung tâm Phục vụ hành chính công
  'ONE_STOP_DESK', // Bộ phận Tiếp nhận và Trả kết quả
  'UNIT', // phòng, chi cục, đơn vị trực thuộc
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const ORGANISATION_KINDS: readonly AgencyKind[] = [
  'PEOPLES_COMMITTEE',
  'PEOPLES_COUNCIL',
  'DEPARTMENT',
  'SERVICE_CENTRE',
];

export function isOrganisationKind(kind: AgencyKind): boolean {
  return ORGANISATION_KINDS.includes(kind);
}

export const SUCCESSION_SHARES = ['WHOLE', 'PART'] as const;
export type SuccessionShare = (typeof SUCCESSION_SHARES)[number];

export function isAgencyKind(value: string): value is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(value);
}
