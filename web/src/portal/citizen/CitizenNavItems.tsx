import { NavLink, useNavigate } from 'react-router';
import { signOutCitizen, useCitizenSession } from './citizen-session';

// The portal header's citizen entries: sign in, or my dossiers, my password and sign out.
export function CitizenNavItems() {
  const session = useCitizenSession();
  const navigate = useNavigate();
  if (!session) {
    return (
      <li>
        <NavLink to="/dang-nhap">Đăng nhập</NavLink>
      </li>
    );
  }
  const signOut = async () => {
    await signOutCitizen();
    await navigate('/');
  };
  return (
    <>
      <li>
        <NavLink to="/ho-so-cua-toi">Hồ sơ của tôi</NavLink>
      </li>
      <li>
        <NavLink to="/doi-mat-khau">Đổi mật khẩu</NavLink>
      </li>
      <li>
        <button type="button" className="site-nav__button" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </li>
    </>
  );
}
