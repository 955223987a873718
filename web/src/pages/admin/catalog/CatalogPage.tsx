import { Button, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { LEVEL_LABELS } from '../../../lib/labels';
import { useApi } from '../../../lib/use-api';
import { saveFile } from '../../leader/download-file';
import { CreateProcedureModal } from './CreateProcedureModal';
import { ImportCard } from './ImportCard';
import { PROCEDURE_STATUS, type ProcedureStatus } from './procedure-status';
import { ProcedureDrawer } from './ProcedureDrawer';

type Procedure = components['schemas']['ProcedureSummaryResponse'];

const PAGE_SIZE = 20;

interface Filters {
  q?: string;
  status?: ProcedureStatus;
}

// The procedure catalog as administrators see it (drafts and suspended ones included): search,
// a new procedure (opened in its drawer once created), each procedure's versions, editing and
// publishing its draft, suspending, reinstating or deleting it, and the catalog exported in the
// import layout and imported from it (with the server's row report).
export function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filters: Filters = {
    q: params.get('q') ?? undefined,
    status: (params.get('status') as ProcedureStatus | null) ?? undefined,
  };
  const list = useApi(
    () =>
      unwrap(
        api.GET('/api/v1/admin/procedures', { params: { query: { ...filters, page, pageSize: PAGE_SIZE } } }),
      ),
    [params.toString()],
  );
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState<'csv' | 'xlsx' | null>(null);
  const [exportProblem, setExportProblem] = useState<ApiProblem | null>(null);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    setExportProblem(null);
    try {
      await saveFile(
        api.GET('/api/v1/admin/procedures/export', { params: { query: { format } }, parseAs: 'blob' }),
        `danh-muc-thu-tuc.${format}`,
      );
    } catch (error) {
      setExportProblem(toApiProblem(error));
    } finally {
      setExporting(null);
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Danh mục thủ tục
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button type="primary" onClick={() => setCreating(true)}>
            Thêm thủ tục
          </Button>
          <Button onClick={() => void exportAs('xlsx')} loading={exporting === 'xlsx'}>
            Xuất danh mục (XLSX)
          </Button>
          <Button onClick={() => void exportAs('csv')} loading={exporting === 'csv'}>
            Xuất danh mục (CSV)
          </Button>
        </Flex>
      </Flex>
      <ProblemAlert problem={exportProblem} />
      <ImportCard onImported={list.reload} />
      <Form<Filters>
        layout="inline"
        initialValues={filters}
        style={{ rowGap: 8 }}
        onFinish={(values) => {
          const next = new URLSearchParams();
          if (values.q?.trim()) {
            next.set('q', values.q.trim());
          }
          if (values.status) {
            next.set('status', values.status);
          }
          setParams(next);
        }}
      >
        <Form.Item name="q" label="Tên hoặc mã thủ tục">
          <Input allowClear maxLength={200} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item name="status" label="Trạng thái" htmlFor="loc-trang-thai">
          <Select
            id="loc-trang-thai"
            allowClear
            placeholder="Mọi trạng thái"
            style={{ width: 180 }}
            options={Object.entries(PROCEDURE_STATUS).map(([value, { label }]) => ({ value, label }))}
          />
        </Form.Item>
        <Button htmlType="submit">Tìm</Button>
      </Form>
      <ProblemAlert problem={list.problem} />
      <Table<Procedure>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có thủ tục nào.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} thủ tục`,
          onChange: (next) => {
            const merged = new URLSearchParams(params);
            merged.set('page', String(next));
            setParams(merged);
          },
        }}
        columns={[
          { title: 'Mã', dataIndex: 'code' },
          {
            title: 'Tên thủ tục',
            dataIndex: 'name',
            render: (name: string, procedure) => (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => setOpen(procedure.id)}
              >
                {name}
              </Button>
            ),
          },
          { title: 'Lĩnh vực', render: (_, procedure) => procedure.sector.name },
          {
            title: 'Cấp',
            dataIndex: 'levels',
            render: (levels: Procedure['levels']) => levels.map((level) => LEVEL_LABELS[level]).join(', '),
          },
          { title: 'Mức độ', dataIndex: 'serviceLevel', align: 'right' },
          { title: 'Phiên bản', dataIndex: 'latestVersionNo', align: 'right' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (status: ProcedureStatus, procedure) => (
              <Flex gap={4} wrap>
                <Tag color={PROCEDURE_STATUS[status].colour}>{PROCEDURE_STATUS[status].label}</Tag>
                {procedure.isDemo ? <Tag>Minh họa</Tag> : null}
              </Flex>
            ),
          },
        ]}
      />
      {creating ? (
        <CreateProcedureModal
          onClose={(createdId) => {
            setCreating(false);
            if (createdId) {
              list.reload();
              setOpen(createdId);
            }
          }}
        />
      ) : null}
      {open ? (
        <ProcedureDrawer
          key={open}
          procedureId={open}
          onChanged={list.reload}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
