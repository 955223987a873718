// Phú Yên's provincial departments (sở, ban, ngành) under its People's Committee before the 2025
// reorganisation, with their names of that period. Their order numbers their illustrative
// identifiers (000.00.01.<P> to 000.00.20.<P>). Abbreviations make the seed keys (PY-DEPT-SNV).
export interface DepartmentSeed {
  readonly abbreviation: string;
  readonly name: string;
  readonly shortName: string;
}

export const PHU_YEN_DEPARTMENTS: readonly DepartmentSeed[] = [
  {
    abbreviation: 'VPUBND',
    name: 'Văn phòng Ủy ban nhân dân tỉnh Phú Yên',
    shortName: 'Văn phòng UBND tỉnh',
  },
  { abbreviation: 'SNV', name: 'Sở Nội vụ tỉnh Phú Yên', shortName: 'Sở Nội vụ' },
  { abbreviation: 'STP', name: 'Sở Tư pháp tỉnh Phú Yên', shortName: 'Sở Tư pháp' },
  { abbreviation: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư tỉnh Phú Yên', shortName: 'Sở Kế hoạch và Đầu tư' },
  { abbreviation: 'STC', name: 'Sở Tài chính tỉnh Phú Yên', shortName: 'Sở Tài chính' },
  { abbreviation: 'SCT', name: 'Sở Công Thương tỉnh Phú Yên', shortName: 'Sở Công Thương' },
  {
    abbreviation: 'SNNPTNT',
    name: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên',
    shortName: 'Sở Nông nghiệp và Phát triển nông thôn',
  },
  { abbreviation: 'SGTVT', name: 'Sở Giao thông vận tải tỉnh Phú Yên', shortName: 'Sở Giao thông vận tải' },
  { abbreviation: 'SXD', name: 'Sở Xây dựng tỉnh Phú Yên', shortName: 'Sở Xây dựng' },
  {
    abbreviation: 'STNMT',
    name: 'Sở Tài nguyên và Môi trường tỉnh Phú Yên',
    shortName: 'Sở Tài nguyên và Môi trường',
  },
  {
    abbreviation: 'STTTT',
    name: 'Sở Thông tin và Truyền thông tỉnh Phú Yên',
    shortName: 'Sở Thông tin và Truyền thông',
  },
  {
    abbreviation: 'SLDTBXH',
    name: 'Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên',
    shortName: 'Sở Lao động - Thương binh và Xã hội',
  },
  {
    abbreviation: 'SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên',
    shortName: 'Sở Văn hóa, Thể thao và Du lịch',
  },
  {
    abbreviation: 'SKHCN',
    name: 'Sở Khoa học và Công nghệ tỉnh Phú Yên',
    shortName: 'Sở Khoa học và Công nghệ',
  },
  { abbreviation: 'SGDDT', name: 'Sở Giáo dục và Đào tạo tỉnh Phú Yên', shortName: 'Sở Giáo dục và Đào tạo' },
  { abbreviation: 'SYT', name: 'Sở Y tế tỉnh Phú Yên', shortName: 'Sở Y tế' },
  { abbreviation: 'SNGV', name: 'Sở Ngoại vụ tỉnh Phú Yên', shortName: 'Sở Ngoại vụ' },
  { abbreviation: 'TTT', name: 'Thanh tra tỉnh Phú Yên', shortName: 'Thanh tra tỉnh' },
  { abbreviation: 'BDT', name: 'Ban Dân tộc tỉnh Phú Yên', shortName: 'Ban Dân tộc' },
  { abbreviation: 'BQLKKT', name: 'Ban Quản lý Khu kinh tế Phú Yên', shortName: 'Ban Quản lý Khu kinh tế' },
];
