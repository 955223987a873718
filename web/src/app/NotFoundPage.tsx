import { Typography } from 'antd';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="panel" aria-labelledby="khong-tim-thay">
      <Typography.Title level={1} id="khong-tim-thay" style={{ fontSize: 22 }}>
        Không tìm thấy trang
      </Typography.Title>
      <Typography.Paragraph>
        Địa chỉ này không có trên cổng dịch vụ công. Hãy kiểm tra lại đường dẫn.
      </Typography.Paragraph>
      <Link to="/">Về trang chủ</Link>
    </section>
  );
}
