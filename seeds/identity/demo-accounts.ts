import { type Role } from '../../src/modules/identity';

// Demo accounts for each role at a few seeded agencies, created only in development mode.
// Listed in the README; never created with NODE_ENV=production.
export const DEMO_PASSWORD = 'MotCua@2026';

export interface DemoStaffAccount {
  readonly username: string;
  readonly fullName: string;
  readonly agencyKey: string;
  readonly roles: readonly Role[];
}

export const DEMO_STAFF: readonly DemoStaffAccount[] = [
  {
    username: 'admin.tinh',
    fullName: 'Quản trị hệ thống tỉnh',
    agencyKey: 'PY-PROVINCE-54',
    roles: ['ADMIN'],
  },
  {
    username: 'lanhdao.tinh',
    fullName: 'Lãnh đạo UBND tỉnh (xem thống kê)',
    agencyKey: 'PY-PROVINCE-54',
    roles: ['LEADER_VIEWER'],
  },
  {
    username: 'motcua.tinh',
    fullName: 'Cán bộ Trung tâm Phục vụ hành chính công',
    agencyKey: 'PY-PROVINCE-54-CENTRE',
    roles: ['CLERK'],
  },
  {
    username: 'chuyenvien.stp',
    fullName: 'Chuyên viên Sở Tư pháp',
    agencyKey: 'PY-DEPT-STP',
    roles: ['SPECIALIST'],
  },
  {
    username: 'truongphong.stp',
    fullName: 'Trưởng phòng Sở Tư pháp',
    agencyKey: 'PY-DEPT-STP',
    roles: ['UNIT_HEAD'],
  },
  {
    username: 'giamdoc.stp',
    fullName: 'Giám đốc Sở Tư pháp',
    agencyKey: 'PY-DEPT-STP',
    roles: ['AGENCY_LEADER'],
  },
  {
    username: 'lanhdao.tuyhoa',
    fullName: 'Lãnh đạo UBND thành phố Tuy Hòa',
    agencyKey: 'PY-DISTRICT-555',
    roles: ['AGENCY_LEADER'],
  },
  {
    username: 'thongke.tuyhoa',
    fullName: 'Lãnh đạo thành phố Tuy Hòa (xem thống kê)',
    agencyKey: 'PY-DISTRICT-555',
    roles: ['LEADER_VIEWER'],
  },
  {
    username: 'chuyenvien.tuyhoa',
    fullName: 'Chuyên viên UBND thành phố Tuy Hòa',
    agencyKey: 'PY-DISTRICT-555',
    roles: ['SPECIALIST'],
  },
  {
    username: 'motcua.tuyhoa',
    fullName: 'Cán bộ một cửa thành phố Tuy Hòa',
    agencyKey: 'PY-DISTRICT-555-DESK',
    roles: ['CLERK'],
  },
  {
    username: 'lanhdao.phuong1',
    fullName: 'Chủ tịch UBND Phường 1',
    agencyKey: 'PY-COMMUNE-22015',
    roles: ['AGENCY_LEADER', 'UNIT_HEAD'],
  },
  {
    username: 'chuyenvien.phuong1',
    fullName: 'Công chức Phường 1',
    agencyKey: 'PY-COMMUNE-22015',
    roles: ['SPECIALIST'],
  },
  {
    username: 'motcua.phuong1',
    fullName: 'Cán bộ một cửa Phường 1',
    agencyKey: 'PY-COMMUNE-22015-DESK',
    roles: ['CLERK'],
  },
  {
    username: 'motcua.phuong8',
    fullName: 'Cán bộ một cửa Phường 8',
    agencyKey: 'PY-COMMUNE-22018-DESK',
    roles: ['CLERK'],
  },
];

export const DEMO_CITIZEN = {
  fullName: 'Nguyễn Văn Dân',
  phone: '0900000001',
  email: 'congdan.demo@example.vn',
} as const;
