import { Button, Dropdown, Flex, Typography } from 'antd';
import { useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
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
  const [busy, setBusy] = useState<FileFormat | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const download = async (format: FileFormat) => {
    setBusy(format);
    setProblem(null);
    setSaved(null);
    try {
      setSaved(await downloadReport(file, format));
    } catch (error) {
      setProblem(toApiProblem(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={4} align="flex-end" className="report-download">
      <Dropdown
        trigger={['click']}
        disabled={disabled || busy !== null}
        menu={{
          items: FORMATS.map((format) => ({ key: format.key, label: format.label })),
          onClick: ({ key }) => void download(key as FileFormat),
        }}
      >
        <Button loading={busy !== null} aria-label={`Tải về ${what}`}>
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
