import { Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { DrillDownQuery } from '../report-api';
import type { FileFormat } from '../download-file';
import { reportExports } from './report-exports';

// "Xuất nền": the drill-down's whole list written by a background job (any size; the direct
// download stops at 10,000 dossiers), then listed in "Tệp xuất".
export function BackgroundExport({
  query,
  onRequested,
  disabled = false,
}: {
  query: Omit<DrillDownQuery, 'format' | 'page' | 'pageSize'>;
  onRequested: () => void;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [requested, setRequested] = useState(false);

  const request = async (format: FileFormat) => {
    setBusy(true);
    setProblem(null);
    setRequested(false);
    try {
      await reportExports.request({ report: 'on-time-dossiers', format, query: { ...query } });
      setRequested(true);
      onRequested();
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={4} align="flex-end">
      <Dropdown
        trigger={['click']}
        disabled={disabled || busy}
        menu={{
          items: [
            { key: 'xlsx', label: 'Xuất nền tệp Excel (XLSX)' },
            { key: 'csv', label: 'Xuất nền tệp CSV' },
          ],
          onClick: ({ key }) => void request(key as FileFormat),
        }}
      >
        <Button loading={busy} aria-label="Xuất nền danh sách hồ sơ">
          Xuất nền ▾
        </Button>
      </Dropdown>
      {requested ? (
        <Typography.Text role="status" type="success">
          Đã gửi yêu cầu xuất; theo dõi trong mục Tệp xuất.
        </Typography.Text>
      ) : null}
      <ProblemAlert problem={problem} />
    </Flex>
  );
}
