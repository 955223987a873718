import { Button, Card, Checkbox, Descriptions, Flex, Table, Typography } from 'antd';
import { useId, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmission } from '../../../lib/use-submission';

type ImportReport = components['schemas']['ImportReportResponse'];
type ImportProblem = components['schemas']['ImportProblemResponse'];

const MAX_BYTES = 20 * 1024 * 1024;

// The catalog import (POST /admin/procedures/import, multipart `file`, .csv or .xlsx in the
// export's layout): the server checks every row and answers a report; with any problem nothing
// is written unless "apply the valid rows" is ticked, and "check only" writes nothing at all.
export function ImportCard({ onImported }: { onImported: () => void }) {
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [applyValid, setApplyValid] = useState(false);
  const { busy, problem, setProblem, run } = useSubmission();
  const [report, setReport] = useState<ImportReport | null>(null);

  const upload = async () => {
    if (!file) {
      return;
    }
    setReport(null);
    await run(async () => {
      const body = new FormData();
      body.append('file', file, file.name);
      const answer = await unwrap(
        api.POST('/api/v1/admin/procedures/import', {
          params: { query: { dryRun: dryRun || undefined, applyValid: applyValid || undefined } },
          body: body as unknown as components['schemas']['ImportFileDto'],
          bodySerializer: (form) => form as unknown as FormData,
        }),
      );
      setReport(answer);
      if (answer.applied) {
        onImported();
      }
    });
  };

  const tooLarge = file !== null && file.size > MAX_BYTES;
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>Nhập danh mục từ tệp</h2>}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          Tệp CSV hoặc XLSX theo đúng mẫu của tệp xuất danh mục (tối đa 20 MB). Dòng trùng với danh mục không
          làm thay đổi gì.
        </Typography.Text>
        <Flex gap={8} wrap align="center">
          <label htmlFor={inputId}>Tệp danh mục</label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setReport(null);
              setProblem(null);
            }}
          />
        </Flex>
        {tooLarge ? (
          <Typography.Text type="danger" role="alert">
            Tệp lớn hơn 20 MB.
          </Typography.Text>
        ) : null}
        <Checkbox checked={dryRun} onChange={(event) => setDryRun(event.target.checked)}>
          Chỉ kiểm tra, không ghi vào danh mục
        </Checkbox>
        <Checkbox checked={applyValid} onChange={(event) => setApplyValid(event.target.checked)}>
          Vẫn ghi các dòng hợp lệ khi có dòng lỗi
        </Checkbox>
        <div>
          <Button type="primary" onClick={() => void upload()} loading={busy} disabled={!file || tooLarge}>
            {dryRun ? 'Kiểm tra tệp' : 'Nhập danh mục'}
          </Button>
        </div>
        <ProblemAlert problem={problem} />
        {report ? <ImportReportView report={report} /> : null}
      </Flex>
    </Card>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const outcome = report.applied
    ? report.problems.length > 0
      ? `Đã ghi các dòng hợp lệ; ${report.skipped} dòng lỗi bị bỏ qua.`
      : 'Đã ghi vào danh mục.'
    : report.problems.length > 0
      ? 'Tệp có lỗi: chưa ghi gì vào danh mục.'
      : 'Tệp hợp lệ (chỉ kiểm tra, chưa ghi gì).';
  return (
    <section aria-labelledby="ket-qua-nhap" className="import-report">
      <Typography.Title id="ket-qua-nhap" level={3} style={{ fontSize: 15 }}>
        Kết quả nhập tệp {report.format.toUpperCase()}
      </Typography.Title>
      <Typography.Paragraph role="status" type={report.problems.length > 0 ? 'warning' : 'success'}>
        {outcome}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'rows', label: 'Số dòng', children: report.rows },
          { key: 'created', label: 'Thủ tục mới', children: report.created },
          { key: 'versioned', label: 'Phiên bản mới', children: report.versioned },
          { key: 'status', label: 'Đổi trạng thái', children: report.statusChanged },
          { key: 'unchanged', label: 'Không thay đổi', children: report.unchanged },
          { key: 'skipped', label: 'Bỏ qua vì lỗi', children: report.skipped },
        ]}
      />
      {report.problems.length > 0 ? (
        <Table<ImportProblem>
          size="small"
          style={{ marginTop: 8 }}
          rowKey={(item) => `${item.row}-${item.column}-${item.problem}`}
          dataSource={report.problems}
          pagination={report.problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          caption={`${report.problems.length} lỗi (dòng 1 là dòng tiêu đề)`}
          columns={[
            { title: 'Dòng', dataIndex: 'row', align: 'right', width: 70 },
            { title: 'Cột', dataIndex: 'column', width: 200 },
            { title: 'Lỗi', dataIndex: 'problem' },
          ]}
        />
      ) : null}
    </section>
  );
}
