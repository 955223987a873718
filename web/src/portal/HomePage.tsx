import { Button, Empty, Flex, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../components/ProblemAlert';
import { LEVEL_LABELS, ONLINE_MODE_LABELS } from '../lib/labels';
import { useApi } from '../lib/use-api';
import { catalogApi, type ProcedureSearch, type ProcedureSummary } from './catalog-api';

const PAGE_SIZE = 10;

type Level = NonNullable<ProcedureSearch['level']>;

interface SearchForm {
  q?: string;
  level?: Level;
  sectorId?: string;
}

const levelOptions = Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value, label }));

// The citizen portal's home: the published catalog, searched on the server (accent- and
// typo-tolerant), with the query kept in the address so a search can be shared or reloaded.
export function HomePage() {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<SearchForm>();
  const q = params.get('q') ?? '';
  const level = (params.get('level') as Level | null) ?? undefined;
  const sectorId = params.get('sectorId') ?? undefined;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  useEffect(() => {
    form.setFieldsValue({ q, level, sectorId });
  }, [form, q, level, sectorId]);

  const sectors = useApi(() => catalogApi.listSectors(), []);
  const results = useApi(
    () =>
      catalogApi.searchProcedures({
        ...(q ? { q } : {}),
        ...(level ? { level } : {}),
        ...(sectorId ? { sectorId } : {}),
        page,
        pageSize: PAGE_SIZE,
      }),
    [q, level, sectorId, page],
  );

  const search = (values: SearchForm) => {
    const next = new URLSearchParams();
    if (values.q?.trim()) {
      next.set('q', values.q.trim());
    }
    if (values.level) {
      next.set('level', values.level);
    }
    if (values.sectorId) {
      next.set('sectorId', values.sectorId);
    }
    setParams(next);
  };

  const goToPage = (nextPage: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(nextPage));
    setParams(next);
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 0 }}>
        Tra cứu thủ tục hành chính
      </Typography.Title>
      <div className="panel">
        <Form form={form} layout="vertical" onFinish={search} role="search" aria-label="Tìm thủ tục">
          <Form.Item name="q" label="Tên hoặc mã thủ tục" style={{ marginBottom: 12 }}>
            <Input placeholder="Ví dụ: đăng ký khai sinh" allowClear maxLength={200} inputMode="search" />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="level"
              label="Cấp thực hiện"
              style={{ minWidth: 150, flex: 1, marginBottom: 12 }}
            >
              <Select allowClear placeholder="Tất cả các cấp" options={levelOptions} />
            </Form.Item>
            <Form.Item name="sectorId" label="Lĩnh vực" style={{ minWidth: 200, flex: 2, marginBottom: 12 }}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="Tất cả lĩnh vực"
                loading={sectors.loading}
                options={(sectors.data?.items ?? []).map((sector) => ({
                  value: sector.id,
                  label: sector.name,
                }))}
              />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit">
            Tìm kiếm
          </Button>
        </Form>
      </div>
      <ProblemAlert problem={results.problem} />
      <section aria-labelledby="ket-qua" aria-busy={results.loading}>
        <Typography.Title level={2} id="ket-qua" style={{ fontSize: 18 }}>
          {results.data
            ? `${results.data.totalCapped ? 'Hơn ' : ''}${results.data.total.toLocaleString('vi-VN')} thủ tục${q ? ` cho “${q}”` : ''}`
            : 'Kết quả'}
        </Typography.Title>
        <List<ProcedureSummary>
          loading={results.loading}
          dataSource={results.data?.items ?? []}
          locale={{
            emptyText: (
              <Empty description="Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa khác hoặc bỏ bớt điều kiện lọc." />
            ),
          }}
          pagination={
            results.data && results.data.total > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: results.data.total,
                  showSizeChanger: false,
                  onChange: goToPage,
                  simple: { readOnly: true },
                }
              : false
          }
          renderItem={(procedure) => <ProcedureItem procedure={procedure} />}
        />
      </section>
    </>
  );
}

function ProcedureItem({ procedure }: { procedure: ProcedureSummary }) {
  return (
    <List.Item>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/thu-tuc/${procedure.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
          {procedure.name}
        </Link>
        <Typography.Text type="secondary">
          {procedure.sector.name} · {procedure.levels.map((level) => LEVEL_LABELS[level]).join(', ')}
        </Typography.Text>
        <Space size={[4, 4]} wrap>
          <Tag color={procedure.onlineMode === 'NONE' ? 'default' : 'blue'}>
            {ONLINE_MODE_LABELS[procedure.onlineMode]}
          </Tag>
          <Tag>Mã: {procedure.code}</Tag>
        </Space>
      </Space>
    </List.Item>
  );
}
