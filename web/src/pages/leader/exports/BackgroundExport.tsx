import { Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmission } from '../../../lib/use-submission';
import type { FileFormat, ReportFile } from '../download-file';
import { reportExports } from './report-exports';

// "Xuất nền": a report's file written by a background job (POST /reports/exports with the query
// of the report's own endpoint), then listed in "Tệp xuất". For a drill-down of any size (the
// direct download stops at 10,000 dossiers), and for a card's table without keeping the page open.
export function BackgroundExport({
  file,
  what,
  onRequested,
  disabled = false,
}: {
  file: ReportFile;
  what: string;
  onRequested: () => void;
  disabled?: boolean;
}) {
  const { busy, problem, run } = useSubmission();
  const [requested, setRequested] = useState(false);

  const request = async (format: FileFormat) => {
    setRequested(false);
    await run(async () => {
      await reportExports.request({ report: file.report, format, query: { ...file.query } });
      setRequested(true);
      onRequested();
    });
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
        <Button loading={busy} aria-label={`Xuất nền ${what}`}>
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
