import { Alert, Flex } from 'antd';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../../auth/session';

const SECTIONS = [
  { to: 'lich-lam-viec', label: 'Lịch làm việc' },
  { to: 'thong-bao-loi', label: 'Thông báo gửi lỗi' },
  { to: 'nguoi-dung', label: 'Người dùng và vai trò' },
  { to: 'co-quan', label: 'Cơ quan, đơn vị' },
  { to: 'thu-tuc', label: 'Danh mục thủ tục' },
  { to: 'linh-vuc', label: 'Lĩnh vực' },
] as const;

// The administration area (ADMIN only): its sections as a second navigation row. The API
// decides in the end; this only keeps other staff from a page of refusals.
export function AdminLayout() {
  const session = useSession();
  if (!session?.principal.roles?.includes('ADMIN')) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title="Cần quyền quản trị hệ thống"
        description="Trang quản trị dành cho tài khoản có vai trò Quản trị hệ thống."
      />
    );
  }
  return (
    <>
      <nav aria-label="Mục quản trị" className="admin-nav" style={{ marginBottom: 16 }}>
        <Flex component="ul" gap={4} wrap style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink
                to={section.to}
                style={({ isActive }) => ({
                  display: 'inline-block',
                  padding: '6px 12px',
                  borderRadius: 6,
                  background: isActive ? '#1554c0' : '#fff',
                  color: isActive ? '#fff' : '#1554c0',
                  border: '1px solid #1554c0',
                  textDecoration: 'none',
                })}
              >
                {section.label}
              </NavLink>
            </li>
          ))}
        </Flex>
      </nav>
      <Outlet />
    </>
  );
}
