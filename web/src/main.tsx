import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './app/app.css';
import { router } from './app/router';

// Ant Design in Vietnamese (pagination, empty states, form messages), with a primary colour
// dark enough for 4.5:1 contrast on white.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1554c0', borderRadius: 6 } }}>
      <RouterProvider router={router} />
    </ConfigProvider>
  </StrictMode>,
);
