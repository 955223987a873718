import { type DataSource } from 'typeorm';

// A year shaped like Phú Yên 2020 (domain.md, Statistics; issue 8 acceptance), as a CSV of the
// historical import's layout. Every dossier is received in 2020 (nothing carried over); resolved
// ones are resolved within 2020; the rest are still open at year end or withdrawn in January 2021.
export const PHU_YEN_2020 = {
  received: 219_679,
  byLevel: { PROVINCE: 52_506, DISTRICT: 49_845, COMMUNE: 117_328 },
  earlyOrOnTime: 196_967,
  early: 150_000,
  late: 13_435,
  openOrWithdrawn: 9_277,
  withdrawnAfterYearEnd: 1_000,
  interLevel: 5_784,
  onlineLevel3: 5_480,
  onlineLevel4: 8_708,
  onTimeRate: 93.61,
} as const;

export interface SyntheticAgencies {
  readonly provinceCentre: string;
  readonly departments: readonly string[];
  readonly districtDesks: readonly string[];
  readonly communeDesks: readonly string[];
}

// The seeded agencies the synthetic year is received and resolved at.
export async function loadSyntheticAgencies(dataSource: DataSource): Promise<SyntheticAgencies> {
  const keys = async (pattern: string): Promise<string[]> =>
    (
      await dataSource.query<Array<{ key: string }>>(`SELECT key FROM agencies WHERE key ~ $1 ORDER BY key`, [
        pattern,
      ])
    ).map((row) => row.key);
  return {
    provinceCentre: 'PY-PROVINCE-54-CENTRE',
    departments: await keys('^PY-DEPT-[A-Z]+$'),
    districtDesks: await keys('^PY-DISTRICT-[0-9]+-DESK$'),
    communeDesks: await keys('^PY-COMMUNE-[0-9]+-DESK$'),
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR_START = Date.parse('2020-01-01T08:00:00+07:00');

// ISO-8601 with the +07:00 offset, or every third dossier as local "YYYY-MM-DD HH:mm" (both are
// accepted by the import).
function formatInstant(ms: number, local: boolean): string {
  const vietnam = new Date(ms + 7 * HOUR).toISOString();
  return local ? `${vietnam.slice(0, 10)} ${vietnam.slice(11, 16)}` : `${vietnam.slice(0, 19)}+07:00`;
}

// i ↦ (i × step) mod n is a permutation when gcd(step, n) = 1: it spreads each category over the
// year, the levels and the agencies, with exact totals.
function spread(index: number, step: number): number {
  return Number((BigInt(index) * BigInt(step)) % BigInt(PHU_YEN_2020.received));
}

export function buildSyntheticYearCsv(
  agencies: SyntheticAgencies,
  procedureCodes: readonly string[],
): string {
  const figures = PHU_YEN_2020;
  const lines = [
    'code,procedure_code,receiving_agency,resolving_agency,level,channel,service_level,received_at,due_at,resolved_at,returned_at,status,supplement_count',
  ];
  let districtRows = 0;
  for (let index = 0; index < figures.received; index += 1) {
    const level =
      index < figures.byLevel.PROVINCE
        ? 'PROVINCE'
        : index < figures.byLevel.PROVINCE + figures.byLevel.DISTRICT
          ? 'DISTRICT'
          : 'COMMUNE';
    let receiving: string;
    let resolving: string;
    if (level === 'PROVINCE') {
      receiving = agencies.provinceCentre;
      resolving = agencies.departments[index % agencies.departments.length];
    } else if (level === 'DISTRICT') {
      resolving = agencies.districtDesks[index % agencies.districtDesks.length];
      // Inter-level (liên thông): received at a commune desk, resolved by the district.
      receiving =
        districtRows < figures.interLevel
          ? agencies.communeDesks[index % agencies.communeDesks.length]
          : resolving;
      districtRows += 1;
    } else {
      receiving = agencies.communeDesks[index % agencies.communeDesks.length];
      resolving = receiving;
    }
    const channelRank = spread(index, 104_729);
    const [channel, serviceLevel] =
      channelRank < figures.onlineLevel3
        ? ['ONLINE', 3]
        : channelRank < figures.onlineLevel3 + figures.onlineLevel4
          ? ['ONLINE', 4]
          : channelRank % 10 === 0
            ? ['POST', 2]
            : ['DIRECT', 2];
    // Received from 1 January to 15 November, 08:00 to 15:00; due ten days later.
    const received = YEAR_START + (index % 320) * DAY + (index % 8) * HOUR;
    const due = received + 10 * DAY;
    const outcomeRank = spread(index, 7_919);
    let resolved: number | null = null;
    let status: string;
    if (outcomeRank < figures.early) {
      resolved = received + 5 * DAY;
    } else if (outcomeRank < figures.earlyOrOnTime) {
      resolved = due - HOUR; // the due day itself, before the due instant
    } else if (outcomeRank < figures.earlyOrOnTime + figures.late) {
      resolved = due + 2 * DAY;
    }
    let returned: number | null = null;
    if (resolved !== null) {
      status = index % 2 === 0 ? '10' : 'RESOLVED';
      returned = status === '10' ? resolved + DAY : null;
    } else if (outcomeRank < figures.received - figures.openOrWithdrawn + figures.withdrawnAfterYearEnd) {
      status = '7';
      resolved = Date.parse('2021-01-05T09:00:00+07:00'); // the end instant, after the year
    } else {
      status = index % 3 === 0 ? '4' : 'IN_PROGRESS';
    }
    const local = index % 3 === 0;
    const code = `IMP${Math.floor(index / 10_000)}-${formatInstant(received, false).slice(2, 10).replace(/-/g, '')}-${String(index % 10_000).padStart(4, '0')}`;
    lines.push(
      [
        code,
        procedureCodes[index % procedureCodes.length],
        receiving,
        resolving,
        level,
        channel,
        serviceLevel,
        formatInstant(received, local),
        formatInstant(due, local),
        resolved === null ? '' : formatInstant(resolved, local),
        returned === null ? '' : formatInstant(returned, local),
        status,
        index % 17 === 0 ? 1 : 0,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
