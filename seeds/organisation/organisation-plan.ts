import {
  type AgencyIdentifier,
  childIdentifier,
  formatDecision20Code,
  formatQcvnCode,
  level1Identifier,
} from '../../src/modules/catalog/agencies/domain/agency-code';
import {
  type AgencyKind,
  type SuccessionShare,
} from '../../src/modules/catalog/agencies/domain/agency-kinds';
import {
  MERGER_2025_DISSOLVED_DISTRICTS,
  MERGER_2025_EFFECTIVE_DATE,
  MERGER_2025_SAMPLE,
} from './merger-2025-sample';
import { type AdministrativeUnit, PHU_YEN_DISTRICTS, PHU_YEN_PROVINCE } from './phu-yen-units';
import { PHU_YEN_DEPARTMENTS } from './phu-yen-departments';

// The organisation seed as data: Phú Yên before the 2025 reorganisation, and the 1/7/2025
// change of two of its districts. Agency identifiers (QCVN 102 and Decision 20/2020 forms) are
// ILLUSTRATIVE: Phú Yên's real level-1 identifier is unconfirmed (it is configuration,
// PROVINCE_IDENTIFIER) and the numbers below it follow our own scheme (README, "Organisation"):
//   level 1  000.00.00.<P>   the provincial People's Committee
//   level 2  000.00.01-20.<P> departments, 000.00.21.<P> the Service Centre,
//            000.00.31-39.<P> the district People's Committees, in the order of the national list
//   level 3  000.<nn>.<dd>.<P> the communes of district dd, numbered in list order;
//            000.90.<dd>.<P>  the district's one-stop desk
//   level 4  900.<nn>.<dd>.<P> the commune's one-stop desk

export type LevelCode = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface AdminLevelSeed {
  readonly code: LevelCode;
  readonly name: string;
  readonly rank: number;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface AgencySeed {
  readonly key: string;
  readonly name: string;
  readonly shortName: string;
  readonly levelCode: LevelCode;
  readonly kind: AgencyKind;
  readonly parentKey: string | null;
  readonly qcvnCode: string | null;
  readonly decision20Code: string | null;
  readonly gsoCode: string | null;
  readonly address: string | null;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface SuccessionSeed {
  readonly predecessorKey: string;
  readonly successorKey: string;
  readonly share: SuccessionShare;
  readonly effectiveDate: string;
  readonly note: string;
}

export interface OrganisationPlan {
  readonly levels: readonly AdminLevelSeed[];
  // Parents before their children.
  readonly agencies: readonly AgencySeed[];
  readonly successions: readonly SuccessionSeed[];
}

// The district level ends with the 2025 reorganisation; the two-level model is then just data.
// 1976-01-01 stands for "long before the reference period".
export const ADMIN_LEVELS: readonly AdminLevelSeed[] = [
  { code: 'PROVINCE', name: 'Cấp tỉnh', rank: 1, validFrom: '1976-01-01', validTo: null },
  { code: 'DISTRICT', name: 'Cấp huyện', rank: 2, validFrom: '1976-01-01', validTo: '2025-06-30' },
  { code: 'COMMUNE', name: 'Cấp xã', rank: 3, validFrom: '1976-01-01', validTo: null },
];

// The start of the reference period, used where a unit's real founding date was not verified.
export const REFERENCE_PERIOD_START = '2020-01-01';
// Phú Khánh was divided into Phú Yên and Khánh Hòa on 1/7/1989.
const PHU_YEN_REESTABLISHED = '1989-07-01';
// dantri.com.vn, 15/02/2019: the Centre opened that day at 206A Trần Hưng Đạo, phường 4, Tuy Hòa.
const SERVICE_CENTRE_OPENED = '2019-02-15';
const SERVICE_CENTRE_ADDRESS = '206A Trần Hưng Đạo, phường 4, thành phố Tuy Hòa, tỉnh Phú Yên';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';
const MERGER_NOTE = 'Sắp xếp đơn vị hành chính từ 01/7/2025 (dữ liệu mẫu)';

export const SERVICE_CENTRE_NUMBER = 21;
export const FIRST_DISTRICT_NUMBER = 31;
export const DISTRICT_DESK_NUMBER = 90;
export const COMMUNE_DESK_NUMBER = 900;

export const PHU_YEN_PROVINCE_KEY = `PY-PROVINCE-${PHU_YEN_PROVINCE.gsoCode}`;
export const DAK_LAK_2025_PROVINCE_KEY = 'DL-PROVINCE-2025';
export const districtKey = (gsoCode: string): string => `PY-DISTRICT-${gsoCode}`;
export const communeKey = (gsoCode: string): string => `PY-COMMUNE-${gsoCode}`;
export const merged2025CommuneKey = (name: string): string => `DL-COMMUNE-2025-${slug(name)}`;
export const deskKey = (organisationKey: string): string => `${organisationKey}-DESK`;

export function buildOrganisationPlan(provinceIdentifier: string): OrganisationPlan {
  const agencies: AgencySeed[] = [];
  const province = level1Identifier(provinceIdentifier);
  const provincePlace = placeName(PHU_YEN_PROVINCE);
  agencies.push({
    ...peoplesCommittee(PHU_YEN_PROVINCE, PHU_YEN_PROVINCE_KEY, null, 'PROVINCE', province),
    validFrom: PHU_YEN_REESTABLISHED,
    validTo: null,
  });
  agencies.push({
    key: `${PHU_YEN_PROVINCE_KEY}-CENTRE`,
    name: `Trung tâm Phục vụ hành chính công ${provincePlace}`,
    shortName: 'Trung tâm Phục vụ hành chính công tỉnh',
    levelCode: 'PROVINCE',
    kind: 'SERVICE_CENTRE',
    parentKey: PHU_YEN_PROVINCE_KEY,
    ...codes(childIdentifier(province, SERVICE_CENTRE_NUMBER)),
    gsoCode: null,
    address: SERVICE_CENTRE_ADDRESS,
    validFrom: SERVICE_CENTRE_OPENED,
    validTo: null,
  });
  PHU_YEN_DEPARTMENTS.forEach((department, index) => {
    agencies.push({
      key: `PY-DEPT-${department.abbreviation}`,
      name: department.name,
      shortName: department.shortName,
      levelCode: 'PROVINCE',
      kind: 'DEPARTMENT',
      parentKey: PHU_YEN_PROVINCE_KEY,
      ...codes(childIdentifier(province, index + 1)),
      gsoCode: null,
      address: null,
      validFrom: REFERENCE_PERIOD_START,
      validTo: null,
    });
  });
  PHU_YEN_DISTRICTS.forEach((district, districtIndex) => {
    const dissolved = (MERGER_2025_DISSOLVED_DISTRICTS as readonly string[]).includes(district.gsoCode);
    const period = { validFrom: REFERENCE_PERIOD_START, validTo: dissolved ? LAST_DAY_BEFORE_MERGER : null };
    const districtId = childIdentifier(province, FIRST_DISTRICT_NUMBER + districtIndex);
    const key = districtKey(district.gsoCode);
    agencies.push({
      ...peoplesCommittee(district, key, PHU_YEN_PROVINCE_KEY, 'DISTRICT', districtId),
      ...period,
    });
    agencies.push({
      ...desk(district, key, 'DISTRICT', childIdentifier(districtId, DISTRICT_DESK_NUMBER)),
      ...period,
    });
    district.communes.forEach((commune, communeIndex) => {
      const communeId = childIdentifier(districtId, communeIndex + 1);
      const ownKey = communeKey(commune.gsoCode);
      agencies.push({ ...peoplesCommittee(commune, ownKey, key, 'COMMUNE', communeId), ...period });
      agencies.push({
        ...desk(commune, ownKey, 'COMMUNE', childIdentifier(communeId, COMMUNE_DESK_NUMBER)),
        ...period,
      });
    });
  });
  const merger = buildMerger2025();
  return {
    levels: ADMIN_LEVELS,
    agencies: [...agencies, ...merger.agencies],
    successions: merger.successions,
  };
}

// The enlarged Đắk Lắk (1/7/2025) and its new communes formed from Sơn Hòa and Sông Hinh. Their
// identifiers are not configured, so they have none (an administrator sets them by PATCH).
function buildMerger2025(): Pick<OrganisationPlan, 'agencies' | 'successions'> {
  const since = { validFrom: MERGER_2025_EFFECTIVE_DATE, validTo: null };
  const agencies: AgencySeed[] = [
    {
      key: DAK_LAK_2025_PROVINCE_KEY,
      name: 'Ủy ban nhân dân tỉnh Đắk Lắk',
      shortName: 'UBND tỉnh Đắk Lắk',
      levelCode: 'PROVINCE',
      kind: 'PEOPLES_COMMITTEE',
      parentKey: null,
      qcvnCode: null,
      decision20Code: null,
      gsoCode: null,
      address: null,
      ...since,
    },
  ];
  const successions: SuccessionSeed[] = [];
  const link = (predecessorKey: string, successorKey: string, share: SuccessionShare) => {
    const base = { share, effectiveDate: MERGER_2025_EFFECTIVE_DATE, note: MERGER_NOTE };
    successions.push({ predecessorKey, successorKey, ...base });
    // Each desk is succeeded like its People's Committee, so a desk's open dossiers have a home.
    successions.push({
      predecessorKey: deskKey(predecessorKey),
      successorKey: deskKey(successorKey),
      ...base,
    });
  };
  for (const commune of MERGER_2025_SAMPLE) {
    const key = merged2025CommuneKey(commune.name);
    const place = `xã ${commune.name}`;
    agencies.push({
      key,
      name: `Ủy ban nhân dân ${place}`,
      shortName: `UBND ${place}`,
      levelCode: 'COMMUNE',
      kind: 'PEOPLES_COMMITTEE',
      parentKey: DAK_LAK_2025_PROVINCE_KEY,
      qcvnCode: null,
      decision20Code: null,
      gsoCode: null,
      address: null,
      ...since,
    });
    // Since 1/7/2025 (Decree 118/2025) the commune's one-stop desk is its Public Administration
    // Service Centre; it stays a desk of the commune People's Committee for access scope.
    agencies.push({
      key: deskKey(key),
      name: `Trung tâm Phục vụ hành chính công ${place}`,
      shortName: `Trung tâm PVHCC ${place}`,
      levelCode: 'COMMUNE',
      kind: 'ONE_STOP_DESK',
      parentKey: key,
      qcvnCode: null,
      decision20Code: null,
      gsoCode: null,
      address: null,
      ...since,
    });
    for (const predecessor of commune.predecessors) {
      link(communeKey(predecessor.gsoCode), key, predecessor.share);
    }
    // The dissolved district's local tasks and territory went to the new communes of its area.
    link(districtKey(commune.formerDistrict), key, 'PART');
  }
  return { agencies, successions };
}

function peoplesCommittee(
  unit: AdministrativeUnit,
  key: string,
  parentKey: string | null,
  levelCode: LevelCode,
  identifier: AgencyIdentifier,
): Omit<AgencySeed, 'validFrom' | 'validTo'> {
  const place = placeName(unit);
  return {
    key,
    name: `Ủy ban nhân dân ${place}`,
    shortName: `UBND ${place}`,
    levelCode,
    kind: 'PEOPLES_COMMITTEE',
    parentKey,
    ...codes(identifier),
    gsoCode: unit.gsoCode,
    address: null,
  };
}

function desk(
  unit: AdministrativeUnit,
  organisationKey: string,
  levelCode: LevelCode,
  identifier: AgencyIdentifier,
): Omit<AgencySeed, 'validFrom' | 'validTo'> {
  const place = placeName(unit);
  return {
    key: deskKey(organisationKey),
    name: `Bộ phận Tiếp nhận và Trả kết quả ${place}`,
    shortName: `Bộ phận Một cửa ${place}`,
    levelCode,
    kind: 'ONE_STOP_DESK',
    parentKey: organisationKey,
    ...codes(identifier),
    gsoCode: null,
    address: null,
  };
}

function codes(identifier: AgencyIdentifier): Pick<AgencySeed, 'qcvnCode' | 'decision20Code'> {
  return { qcvnCode: formatQcvnCode(identifier), decision20Code: formatDecision20Code(identifier) };
}

// "Thành phố Tuy Hoà" → "thành phố Tuy Hoà", as it reads after "Ủy ban nhân dân".
export function placeName(unit: AdministrativeUnit): string {
  const type = unit.type.toLocaleLowerCase('vi');
  return unit.name.toLocaleLowerCase('vi').startsWith(type)
    ? `${type}${unit.name.slice(type.length)}`
    : unit.name;
}

// "Đức Bình" → "DUC-BINH", for keys.
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-');
}
