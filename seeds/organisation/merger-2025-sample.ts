import { type SuccessionShare } from '../../src/modules/catalog/agencies/domain/agency-kinds';

// How the communes of two former districts, Sơn Hòa (560) and Sông Hinh (561), became communes of
// the enlarged Đắk Lắk province on 1/7/2025, when the district level was abolished. Copied from
// ../shared/data/phu-yen-2025-merger-sample.csv (compiled from a secondary source; the official
// resolution was not read). An old commune split between several new ones has a PART row with each.
export const MERGER_2025_EFFECTIVE_DATE = '2025-07-01';
export const MERGER_2025_DISSOLVED_DISTRICTS = ['560', '561'] as const;

export interface MergedCommune {
  readonly name: string; // the new commune, as "Xã <name>"
  readonly formerDistrict: (typeof MERGER_2025_DISSOLVED_DISTRICTS)[number];
  readonly predecessors: ReadonlyArray<{ readonly gsoCode: string; readonly share: SuccessionShare }>;
}

export const MERGER_2025_SAMPLE: readonly MergedCommune[] = [
  {
    name: 'Sơn Hòa',
    formerDistrict: '560',
    predecessors: [
      { gsoCode: '22165', share: 'WHOLE' }, // Thị trấn Củng Sơn
      { gsoCode: '22198', share: 'WHOLE' }, // Xã Suối Bạc
      { gsoCode: '22201', share: 'WHOLE' }, // Xã Sơn Hà
      { gsoCode: '22189', share: 'WHOLE' }, // Xã Sơn Nguyên
      { gsoCode: '22183', share: 'WHOLE' }, // Xã Sơn Phước
    ],
  },
  {
    name: 'Vân Hòa',
    formerDistrict: '560',
    predecessors: [
      { gsoCode: '22177', share: 'WHOLE' }, // Xã Sơn Long
      { gsoCode: '22186', share: 'WHOLE' }, // Xã Sơn Xuân
      { gsoCode: '22174', share: 'WHOLE' }, // Xã Sơn Định
    ],
  },
  {
    name: 'Tây Sơn',
    formerDistrict: '560',
    predecessors: [
      { gsoCode: '22171', share: 'WHOLE' }, // Xã Sơn Hội
      { gsoCode: '22180', share: 'WHOLE' }, // Xã Cà Lúi
      { gsoCode: '22168', share: 'WHOLE' }, // Xã Phước Tân
    ],
  },
  {
    name: 'Suối Trai',
    formerDistrict: '560',
    predecessors: [
      { gsoCode: '22192', share: 'WHOLE' }, // Xã Eachà Rang
      { gsoCode: '22195', share: 'WHOLE' }, // Xã Krông Pa
      { gsoCode: '22204', share: 'WHOLE' }, // Xã Suối Trai
    ],
  },
  {
    name: 'Sông Hinh',
    formerDistrict: '561',
    predecessors: [
      { gsoCode: '22207', share: 'WHOLE' }, // Thị trấn Hai Riêng
      { gsoCode: '22231', share: 'WHOLE' }, // Xã EaTrol
      { gsoCode: '22234', share: 'WHOLE' }, // Xã Sông Hinh
      { gsoCode: '22228', share: 'PART' }, // Xã EaBia
    ],
  },
  {
    name: 'Đức Bình',
    formerDistrict: '561',
    predecessors: [
      { gsoCode: '22219', share: 'WHOLE' }, // Xã Sơn Giang
      { gsoCode: '22222', share: 'WHOLE' }, // Xã Đức Bình Đông
      { gsoCode: '22213', share: 'WHOLE' }, // Xã Đức Bình Tây
      { gsoCode: '22228', share: 'PART' }, // Xã EaBia
    ],
  },
  {
    name: 'Ea Bá',
    formerDistrict: '561',
    predecessors: [
      { gsoCode: '22216', share: 'WHOLE' }, // Xã Ea Bá
      { gsoCode: '22225', share: 'PART' }, // Xã EaBar
    ],
  },
  {
    name: 'Ea Ly',
    formerDistrict: '561',
    predecessors: [
      { gsoCode: '22210', share: 'WHOLE' }, // Xã Ea Lâm
      { gsoCode: '22237', share: 'WHOLE' }, // Xã Ealy
      { gsoCode: '22225', share: 'PART' }, // Xã EaBar
    ],
  },
];
