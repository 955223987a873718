import { Typography } from 'antd';

export function CatalogPage() {
  return (
    <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
      Danh mục thủ tục
    </Typography.Title>
  );
}
