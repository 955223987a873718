import { Typography } from 'antd';

export function AgenciesPage() {
  return (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      Cơ quan, đơn vị
    </Typography.Title>
  );
}
