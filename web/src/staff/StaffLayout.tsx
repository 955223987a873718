import { Button, Layout, Space, Typography } from 'antd';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, signOut, useSession } from '../auth/session';
import { ClerkNavItems } from '../pages/staff/ClerkNavItems';
import { StaffNoticesNavItem } from '../pages/staff/notices/StaffNoticesNavItem';
import { StaffNavItems } from '../pages/leader/StaffNavItems';

// The staff console's shell. Only a signed-in staff member gets past it; everyone else goes to
// the sign-in page and comes back here afterwards.
export function StaffLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!session || session.principal.kind !== 'staff') {
    return <Navigate to="/can-bo/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  }
  const { principal } = session;
  const leave = async () => {
    await signOut();
    await navigate('/can-bo/dang-nhap', { replace: true });
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <header className="site-header">
        <div className="site-header__inner" style={{ maxWidth: 1280 }}>
          <NavLink to="/can-bo/ho-so" className="site-brand">
            Một cửa – Cán bộ
          </NavLink>
          <nav className="site-nav" aria-label="Điều hướng cán bộ">
            <ul>
              <li>
                <NavLink to="/can-bo/ho-so">Hàng đợi hồ sơ</NavLink>
              </li>
              <ClerkNavItems roles={principal.roles ?? []} />
              <StaffNavItems roles={principal.roles ?? []} />
              <StaffNoticesNavItem accountId={principal.id} />
            </ul>
          </nav>
          <Space wrap>
            <Typography.Text style={{ color: '#fff' }}>
              {principal.username} · {(principal.roles ?? []).map((role) => ROLE_LABELS[role]).join(', ')}
            </Typography.Text>
            <NavLink to="/can-bo/doi-mat-khau" className="staff-password-link">
              Đổi mật khẩu
            </NavLink>
            <Button size="small" onClick={() => void leave()}>
              Đăng xuất
            </Button>
          </Space>
        </div>
      </header>
      <main id="noi-dung" className="page" style={{ maxWidth: 1280, width: '100%' }} tabIndex={-1}>
        <Outlet />
      </main>
    </Layout>
  );
}
