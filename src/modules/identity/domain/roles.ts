// Staff roles (combinable). Citizens have no role: they act only on their own dossiers.
export const ROLES = ['ADMIN', 'CLERK', 'SPECIALIST', 'UNIT_HEAD', 'AGENCY_LEADER', 'LEADER_VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: 'Quản trị hệ thống',
  CLERK: 'Cán bộ một cửa: tiếp nhận, trả kết quả',
  SPECIALIST: 'Chuyên viên xử lý hồ sơ',
  UNIT_HEAD: 'Lãnh đạo phòng/đơn vị: phân công, duyệt',
  AGENCY_LEADER: 'Lãnh đạo cơ quan: phê duyệt, ký, xem toàn cơ quan',
  LEADER_VIEWER: 'Lãnh đạo xem thống kê',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
