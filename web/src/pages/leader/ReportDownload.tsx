import { Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSubmission } from '../../lib/use-submission';
import { downloadReport, type FileFormat, type ReportFile } from './download-file';

const FORMATS: ReadonlyArray<{ key: FileFormat; label: string }> = [
  { key: 'xlsx', label: 'Tệp Excel (XLSX)' },
  { key: 'csv', label: 'Tệp CSV' },
];

// A report card's "Tải về" menu: the report as CSV or XLSX, fetched with the bearer token and
// saved under the server's file name; a refusal is shown right under the menu.
export function ReportDownload({
  file,
  what,
  disabled = false,
}: {
  file: ReportFile;
  what: string;
  disabled?: boolean;
}) {
  const { busy, problem, run } = useSubmission();
  const [saved, setSaved] = useState<string | null>(null);

  const download = async (format: FileFormat) => {
    setSaved(null);
    await run(async () => {
      setSaved(await downloadReport(file, format));
    });
  };

  return (
    <Flex vertical gap={4} align="flex-end" className="report-download">
      <Dropdown
        trigger={['click']}
        disabled={disabled || busy}
        menu={{
          items: FORMATS.map((format) => ({ key: format.key, label: format.label })),
          onClick: ({ key }) => void download(key as FileFormat),
        }}
      >
        <Button loading={busy} aria-label={`Tải về ${what}`}>
          Tải về ▾
        </Button>
      </Dropdown>
      {saved ? (
        <Typography.Text role="status" type="success">
          Đã tải tệp {saved}.
        </Typography.Text>
      ) : null}
      <ProblemAlert problem={problem} />
    </Flex>
  );
}
