import { NavLink, Outlet, ScrollRestoration } from 'react-router';
import { CitizenNavItems } from '../portal/citizen/CitizenNavItems';

// The citizen portal's shell: a header that wraps on a 360 px phone, a skip link for keyboard
// users, and the page in <main>.
export function PortalLayout() {
  return (
    <>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-brand">
            Dịch vụ công Một cửa
          </NavLink>
          <nav className="site-nav" aria-label="Điều hướng chính">
            <ul>
              <li>
                <NavLink to="/" end>
                  Thủ tục hành chính
                </NavLink>
              </li>
              <li>
                <NavLink to="/tra-cuu">Tra cứu hồ sơ</NavLink>
              </li>
              <CitizenNavItems />
              <li>
                <NavLink to="/can-bo">Cán bộ</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="noi-dung" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        Bộ phận Tiếp nhận và Trả kết quả – cơ chế một cửa, một cửa liên thông
      </footer>
      <ScrollRestoration />
    </>
  );
}
