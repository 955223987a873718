import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CardHeading } from './CardHeading';
import { ExportsPanel } from './exports/ExportsPanel';
import { Form06Card } from './Form06Card';
import { Index766Card } from './Index766Card';
import { KpiCards } from './KpiCards';
import { LatenessCard } from './LatenessCard';
import { currentMonthKey, parsePeriodKey } from './period';
import { PeriodPicker } from './PeriodPicker';
import { TrendsCard } from './TrendsCard';

// The leader's dashboard: where things stand now, then the chosen period (kept in the address,
// so a link or a reload shows the same figures) as trends, Biểu 06, lateness attribution and the
// index of Decision 766, and the reader's background exports ("Tệp xuất") every card can ask for.
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const [exportsRequested, setExportsRequested] = useState(0);
  const showExports = () => setExportsRequested((count) => count + 1);
  const asked = params.get('period');
  const period = asked && parsePeriodKey(asked) ? asked : currentMonthKey();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Bảng điều hành
      </Typography.Title>
      <KpiCards onExportRequested={showExports} />
      <Card size="small" title={<CardHeading>Kỳ báo cáo</CardHeading>}>
        <Flex vertical gap={8}>
          <PeriodPicker key={period} value={period} onChange={(next) => setParams({ period: next })} />
          <Typography.Text type="secondary">
            Xu hướng, Biểu 06, cơ quan làm trễ hạn và chỉ số phục vụ dưới đây tính cho kỳ này; mỗi con số mở
            danh sách hồ sơ tương ứng.
          </Typography.Text>
        </Flex>
      </Card>
      <TrendsCard period={period} onExportRequested={showExports} />
      <Form06Card period={period} onExportRequested={showExports} />
      <LatenessCard period={period} onExportRequested={showExports} />
      <Index766Card period={period} onExportRequested={showExports} />
      <ExportsPanel refreshKey={exportsRequested} />
    </>
  );
}
