// Phú Yên's administrative units before the 2025 reorganisation: the national list of
// administrative units (GSO statistical codes, official names), copied from
// ../shared/data/phu-yen-admin-units.csv. Province code 54.

export type UnitType = 'Tỉnh' | 'Thành phố' | 'Thị xã' | 'Huyện' | 'Phường' | 'Xã' | 'Thị trấn';

export interface AdministrativeUnit {
  readonly gsoCode: string;
  readonly type: UnitType;
  readonly name: string;
}

export interface DistrictUnit extends AdministrativeUnit {
  readonly communes: readonly AdministrativeUnit[];
}

export const PHU_YEN_PROVINCE: AdministrativeUnit = { gsoCode: '54', type: 'Tỉnh', name: 'Tỉnh Phú Yên' };

// In the order of the source list; commune identifiers are numbered in this order.
export const PHU_YEN_DISTRICTS: readonly DistrictUnit[] = [
  {
    gsoCode: '555',
    type: 'Thành phố',
    name: 'Thành phố Tuy Hoà',
    communes: [
      { gsoCode: '22015', type: 'Phường', name: 'Phường 1' },
      { gsoCode: '22018', type: 'Phường', name: 'Phường 8' },
      { gsoCode: '22021', type: 'Phường', name: 'Phường 2' },
      { gsoCode: '22024', type: 'Phường', name: 'Phường 9' },
      { gsoCode: '22027', type: 'Phường', name: 'Phường 3' },
      { gsoCode: '22030', type: 'Phường', name: 'Phường 4' },
      { gsoCode: '22033', type: 'Phường', name: 'Phường 5' },
      { gsoCode: '22036', type: 'Phường', name: 'Phường 7' },
      { gsoCode: '22039', type: 'Phường', name: 'Phường 6' },
      { gsoCode: '22040', type: 'Phường', name: 'Phường Phú Thạnh' },
      { gsoCode: '22041', type: 'Phường', name: 'Phường Phú Đông' },
      { gsoCode: '22042', type: 'Xã', name: 'Xã Hòa Kiến' },
      { gsoCode: '22045', type: 'Xã', name: 'Xã Bình Kiến' },
      { gsoCode: '22048', type: 'Xã', name: 'Xã Bình Ngọc' },
      { gsoCode: '22162', type: 'Xã', name: 'Xã An Phú' },
      { gsoCode: '22240', type: 'Phường', name: 'Phường Phú Lâm' },
    ],
  },
  {
    gsoCode: '557',
    type: 'Thị xã',
    name: 'Thị xã Sông Cầu',
    communes: [
      { gsoCode: '22051', type: 'Phường', name: 'Phường Xuân Phú' },
      { gsoCode: '22052', type: 'Xã', name: 'Xã Xuân Lâm' },
      { gsoCode: '22053', type: 'Phường', name: 'Phường Xuân Thành' },
      { gsoCode: '22054', type: 'Xã', name: 'Xã Xuân Hải' },
      { gsoCode: '22057', type: 'Xã', name: 'Xã Xuân Lộc' },
      { gsoCode: '22060', type: 'Xã', name: 'Xã Xuân Bình' },
      { gsoCode: '22066', type: 'Xã', name: 'Xã Xuân Cảnh' },
      { gsoCode: '22069', type: 'Xã', name: 'Xã Xuân Thịnh' },
      { gsoCode: '22072', type: 'Xã', name: 'Xã Xuân Phương' },
      { gsoCode: '22073', type: 'Phường', name: 'Phường Xuân Yên' },
      { gsoCode: '22075', type: 'Xã', name: 'Xã Xuân Thọ 1' },
      { gsoCode: '22076', type: 'Phường', name: 'Phường Xuân Đài' },
      { gsoCode: '22078', type: 'Xã', name: 'Xã Xuân Thọ 2' },
    ],
  },
  {
    gsoCode: '558',
    type: 'Huyện',
    name: 'Huyện Đồng Xuân',
    communes: [
      { gsoCode: '22081', type: 'Thị trấn', name: 'Thị trấn La Hai' },
      { gsoCode: '22084', type: 'Xã', name: 'Xã Đa Lộc' },
      { gsoCode: '22087', type: 'Xã', name: 'Xã Phú Mỡ' },
      { gsoCode: '22090', type: 'Xã', name: 'Xã Xuân Lãnh' },
      { gsoCode: '22093', type: 'Xã', name: 'Xã Xuân Long' },
      { gsoCode: '22096', type: 'Xã', name: 'Xã Xuân Quang 1' },
      { gsoCode: '22099', type: 'Xã', name: 'Xã Xuân Sơn Bắc' },
      { gsoCode: '22102', type: 'Xã', name: 'Xã Xuân Quang 2' },
      { gsoCode: '22105', type: 'Xã', name: 'Xã Xuân Sơn Nam' },
      { gsoCode: '22108', type: 'Xã', name: 'Xã Xuân Quang 3' },
      { gsoCode: '22111', type: 'Xã', name: 'Xã Xuân Phước' },
    ],
  },
  {
    gsoCode: '559',
    type: 'Huyện',
    name: 'Huyện Tuy An',
    communes: [
      { gsoCode: '22114', type: 'Thị trấn', name: 'Thị trấn Chí Thạnh' },
      { gsoCode: '22117', type: 'Xã', name: 'Xã An Dân' },
      { gsoCode: '22120', type: 'Xã', name: 'Xã An Ninh Tây' },
      { gsoCode: '22123', type: 'Xã', name: 'Xã An Ninh Đông' },
      { gsoCode: '22126', type: 'Xã', name: 'Xã An Thạch' },
      { gsoCode: '22129', type: 'Xã', name: 'Xã An Định' },
      { gsoCode: '22132', type: 'Xã', name: 'Xã An Nghiệp' },
      { gsoCode: '22138', type: 'Xã', name: 'Xã An Cư' },
      { gsoCode: '22141', type: 'Xã', name: 'Xã An Xuân' },
      { gsoCode: '22144', type: 'Xã', name: 'Xã An Lĩnh' },
      { gsoCode: '22147', type: 'Xã', name: 'Xã An Hòa Hải' },
      { gsoCode: '22150', type: 'Xã', name: 'Xã An Hiệp' },
      { gsoCode: '22153', type: 'Xã', name: 'Xã An Mỹ' },
      { gsoCode: '22156', type: 'Xã', name: 'Xã An Chấn' },
      { gsoCode: '22159', type: 'Xã', name: 'Xã An Thọ' },
    ],
  },
  {
    gsoCode: '560',
    type: 'Huyện',
    name: 'Huyện Sơn Hòa',
    communes: [
      { gsoCode: '22165', type: 'Thị trấn', name: 'Thị trấn Củng Sơn' },
      { gsoCode: '22168', type: 'Xã', name: 'Xã Phước Tân' },
      { gsoCode: '22171', type: 'Xã', name: 'Xã Sơn Hội' },
      { gsoCode: '22174', type: 'Xã', name: 'Xã Sơn Định' },
      { gsoCode: '22177', type: 'Xã', name: 'Xã Sơn Long' },
      { gsoCode: '22180', type: 'Xã', name: 'Xã Cà Lúi' },
      { gsoCode: '22183', type: 'Xã', name: 'Xã Sơn Phước' },
      { gsoCode: '22186', type: 'Xã', name: 'Xã Sơn Xuân' },
      { gsoCode: '22189', type: 'Xã', name: 'Xã Sơn Nguyên' },
      { gsoCode: '22192', type: 'Xã', name: 'Xã Eachà Rang' },
      { gsoCode: '22195', type: 'Xã', name: 'Xã Krông Pa' },
      { gsoCode: '22198', type: 'Xã', name: 'Xã Suối Bạc' },
      { gsoCode: '22201', type: 'Xã', name: 'Xã Sơn Hà' },
      { gsoCode: '22204', type: 'Xã', name: 'Xã Suối Trai' },
    ],
  },
  {
    gsoCode: '561',
    type: 'Huyện',
    name: 'Huyện Sông Hinh',
    communes: [
      { gsoCode: '22207', type: 'Thị trấn', name: 'Thị trấn Hai Riêng' },
      { gsoCode: '22210', type: 'Xã', name: 'Xã Ea Lâm' },
      { gsoCode: '22213', type: 'Xã', name: 'Xã Đức Bình Tây' },
      { gsoCode: '22216', type: 'Xã', name: 'Xã Ea Bá' },
      { gsoCode: '22219', type: 'Xã', name: 'Xã Sơn Giang' },
      { gsoCode: '22222', type: 'Xã', name: 'Xã Đức Bình Đông' },
      { gsoCode: '22225', type: 'Xã', name: 'Xã EaBar' },
      { gsoCode: '22228', type: 'Xã', name: 'Xã EaBia' },
      { gsoCode: '22231', type: 'Xã', name: 'Xã EaTrol' },
      { gsoCode: '22234', type: 'Xã', name: 'Xã Sông Hinh' },
      { gsoCode: '22237', type: 'Xã', name: 'Xã Ealy' },
    ],
  },
  {
    gsoCode: '562',
    type: 'Huyện',
    name: 'Huyện Tây Hoà',
    communes: [
      { gsoCode: '22249', type: 'Xã', name: 'Xã Sơn Thành Tây' },
      { gsoCode: '22250', type: 'Xã', name: 'Xã Sơn Thành Đông' },
      { gsoCode: '22252', type: 'Xã', name: 'Xã Hòa Bình 1' },
      { gsoCode: '22255', type: 'Thị trấn', name: 'Thị trấn Phú Thứ' },
      { gsoCode: '22264', type: 'Xã', name: 'Xã Hòa Phong' },
      { gsoCode: '22270', type: 'Xã', name: 'Xã Hòa Phú' },
      { gsoCode: '22273', type: 'Xã', name: 'Xã Hòa Tân Tây' },
      { gsoCode: '22276', type: 'Xã', name: 'Xã Hòa Đồng' },
      { gsoCode: '22285', type: 'Xã', name: 'Xã Hòa Mỹ Đông' },
      { gsoCode: '22288', type: 'Xã', name: 'Xã Hòa Mỹ Tây' },
      { gsoCode: '22294', type: 'Xã', name: 'Xã Hòa Thịnh' },
    ],
  },
  {
    gsoCode: '563',
    type: 'Huyện',
    name: 'Huyện Phú Hoà',
    communes: [
      { gsoCode: '22303', type: 'Xã', name: 'Xã Hòa Quang Bắc' },
      { gsoCode: '22306', type: 'Xã', name: 'Xã Hòa Quang Nam' },
      { gsoCode: '22309', type: 'Xã', name: 'Xã Hòa Hội' },
      { gsoCode: '22312', type: 'Xã', name: 'Xã Hòa Trị' },
      { gsoCode: '22315', type: 'Xã', name: 'Xã Hòa An' },
      { gsoCode: '22318', type: 'Xã', name: 'Xã Hòa Định Đông' },
      { gsoCode: '22319', type: 'Thị trấn', name: 'Thị Trấn Phú Hoà' },
      { gsoCode: '22321', type: 'Xã', name: 'Xã Hòa Định Tây' },
      { gsoCode: '22324', type: 'Xã', name: 'Xã Hòa Thắng' },
    ],
  },
  {
    gsoCode: '564',
    type: 'Thị xã',
    name: 'Thị xã Đông Hòa',
    communes: [
      { gsoCode: '22243', type: 'Xã', name: 'Xã Hòa Thành' },
      { gsoCode: '22246', type: 'Phường', name: 'Phường Hòa Hiệp Bắc' },
      { gsoCode: '22258', type: 'Phường', name: 'Phường Hoà Vinh' },
      { gsoCode: '22261', type: 'Phường', name: 'Phường Hoà Hiệp Trung' },
      { gsoCode: '22267', type: 'Xã', name: 'Xã Hòa Tân Đông' },
      { gsoCode: '22279', type: 'Phường', name: 'Phường Hòa Xuân Tây' },
      { gsoCode: '22282', type: 'Phường', name: 'Phường Hòa Hiệp Nam' },
      { gsoCode: '22291', type: 'Xã', name: 'Xã Hòa Xuân Đông' },
      { gsoCode: '22297', type: 'Xã', name: 'Xã Hòa Tâm' },
      { gsoCode: '22300', type: 'Xã', name: 'Xã Hòa Xuân Nam' },
    ],
  },
];
