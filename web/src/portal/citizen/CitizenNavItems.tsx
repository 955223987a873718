import { NavLink, useNavigate } from 'react-router';
import { NoticesNavLink } from '../../components/notices/NoticesNavLink';
import { signOutCitizen, useCitizenSession } from './citizen-session';
import { citizenUnreadNotices } from './notices';

// The portal header's citizen entries: sign in, or my dossiers, notices (with the unread count),
// my account, my password and sign out.
export function CitizenNavItems() {
  const session = useCitizenSession();
  const navigate = useNavigate();
  const unread = citizenUnreadNotices.useCount(session?.principal.id ?? null);
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
        <NoticesNavLink to="/thong-bao" unread={unread} />
      </li>
      <li>
        <NavLink to="/tai-khoan">Tài khoản</NavLink>
      </li>
      <li>
        <button type="button" className="site-nav__button" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </li>
    </>
  );
}
