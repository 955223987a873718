import { demoCode } from '../../src/modules/catalog/procedures/domain/procedure-codes';
import {
  type Channel,
  type ImplementingLevel,
  type OnlineMode,
  type ServiceLevel,
  type TimeUnit,
} from '../../src/modules/catalog/procedures/domain/procedure-vocabulary';
import { type PlannedProcedure } from './procedure-plan';
import { type SectorSeed } from './sectors';

// Generated demonstration procedures: the same structure as real ones, visibly not real (code
// DEMO.nnnnn, is_demo = true, "(minh họa …)" in the name). Deterministic for a given count.

export interface DemoMix {
  // Must equal the sum of levels.
  readonly count: number;
  // Procedures per level, and how many at online service levels 4 and 3; the rest are
  // level 2, or level 1 for about one in six.
  readonly levels: Readonly<Record<ImplementingLevel, number>>;
  readonly serviceLevel4: number;
  readonly serviceLevel3: number;
  readonly firstSequence: number;
}

const ACTIONS = [
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Gia hạn',
  'Điều chỉnh',
  'Thu hồi',
  'Công nhận',
  'Xác nhận',
  'Đăng ký',
  'Thẩm định',
  'Phê duyệt',
  'Chấp thuận',
];
const DOCUMENTS = [
  'giấy phép',
  'giấy chứng nhận',
  'chứng chỉ hành nghề',
  'văn bản chấp thuận',
  'hồ sơ đề nghị',
  'quyết định công nhận',
];
const WORKING_DAY_LIMITS = [1, 2, 3, 5, 5, 7, 10, 10, 12, 15, 15, 20, 30];

// mulberry32: a small deterministic generator, so every run plans the same procedures.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedSectors(sectors: readonly SectorSeed[], level: ImplementingLevel): SectorSeed[] {
  const key = level === 'PROVINCE' ? 'province' : level === 'DISTRICT' ? 'district' : 'commune';
  return sectors.flatMap((sector) => Array.from({ length: sector.demoWeight[key] }, () => sector));
}

function shuffledLevels(mix: DemoMix, next: () => number): ImplementingLevel[] {
  const levels = (Object.entries(mix.levels) as Array<[ImplementingLevel, number]>).flatMap(
    ([level, count]) => Array.from({ length: count }, () => level),
  );
  return shuffle(levels, next);
}

export function planDemoProcedures(sectors: readonly SectorSeed[], mix: DemoMix): PlannedProcedure[] {
  const next = random(20200101 + mix.count);
  const levels = shuffledLevels(mix, next);
  const serviceLevels = shuffledServiceLevels(mix, next);
  const pools = {
    PROVINCE: weightedSectors(sectors, 'PROVINCE'),
    DISTRICT: weightedSectors(sectors, 'DISTRICT'),
    COMMUNE: weightedSectors(sectors, 'COMMUNE'),
  };
  return levels.map((level, index) => {
    const sequence = mix.firstSequence + index;
    const pool = pools[level];
    const sector = pool[Math.floor(next() * pool.length)];
    const serviceLevel = serviceLevels[index];
    const onlineMode: OnlineMode = serviceLevel === 4 ? 'FULL' : serviceLevel === 3 ? 'PARTIAL' : 'NONE';
    const channels: Channel[] = serviceLevel >= 3 ? ['DIRECT', 'ONLINE', 'POST'] : ['DIRECT', 'POST'];
    const amount = WORKING_DAY_LIMITS[Math.floor(next() * WORKING_DAY_LIMITS.length)];
    const unit: TimeUnit = 'WORKING_DAYS';
    const action = ACTIONS[Math.floor(next() * ACTIONS.length)];
    const document = DOCUMENTS[Math.floor(next() * DOCUMENTS.length)];
    return {
      code: demoCode(sequence),
      nationalCode: null,
      onlineVariantCodes: [],
      isDemo: true,
      sectorCode: sector.code,
      content: {
        name: `${action} ${document} lĩnh vực ${sector.name.toLocaleLowerCase('vi')} (minh họa ${String(sequence).padStart(5, '0')})`,
        sectorId: '',
        implementations: [
          {
            level,
            agencyKind: level === 'PROVINCE' ? null : 'PEOPLES_COMMITTEE',
            agencyId: level === 'PROVINCE' ? sector.department : null,
            timeLimit: { amount, unit },
            timeLimitNote: null,
            route: [],
          },
        ],
        serviceLevel,
        onlineMode,
        fullyOnlineEligible: serviceLevel === 4,
        channels,
        documents: [
          {
            name: `Đơn đề nghị ${action.toLocaleLowerCase('vi')} ${document} (mẫu minh họa)`,
            form: 'ORIGINAL',
            quantity: 1,
            isRequired: true,
            condition: null,
            templateRef: null,
          },
          {
            name: 'Bản sao giấy tờ pháp lý của tổ chức, cá nhân đề nghị',
            form: 'COPY',
            quantity: 1,
            isRequired: true,
            condition: null,
            templateRef: null,
          },
        ],
        fees:
          next() < 0.4
            ? [
                {
                  kind: 'CHARGE',
                  description: 'Lệ phí (minh họa)',
                  amountVnd: [50_000, 100_000, 200_000, 500_000][Math.floor(next() * 4)],
                  rule: null,
                  collector: null,
                },
              ]
            : [],
        resultType: `${document[0].toLocaleUpperCase('vi')}${document.slice(1)} (minh họa)`,
        resultElectronic: serviceLevel === 4,
        legalBasis: 'Dữ liệu minh họa, không phải thủ tục hành chính thật',
        applicants: null,
        publicationDecision: null,
      },
    };
  });
}

// Exactly serviceLevel4 at level 4 and serviceLevel3 at level 3; of the rest one in six at
// level 1 (information only), the others at level 2 (forms to download); shuffled.
function shuffledServiceLevels(mix: DemoMix, next: () => number): ServiceLevel[] {
  const levels = Array.from({ length: mix.count }, (_, index): ServiceLevel =>
    index < mix.serviceLevel4
      ? 4
      : index < mix.serviceLevel4 + mix.serviceLevel3
        ? 3
        : index % 6 === 5
          ? 1
          : 2,
  );
  return shuffle(levels, next);
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}
