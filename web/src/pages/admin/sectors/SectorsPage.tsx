import { Button, Flex, Form, Input, Modal, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/use-api';
import { useSubmission } from '../../../lib/use-submission';
import { showNestedFieldProblems, underFields } from '../nested-field-problems';

type Sector = components['schemas']['SectorResponse'];

interface SectorForm {
  code: string;
  name: string;
  ministry?: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

// A sector added (code, name, ministry) or corrected (name, ministry; the code is the catalog's
// key and stays). Field problems from the API appear under their fields.
function SectorModal({ sector, onClose }: { sector: Sector | null; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<SectorForm>();
  const { busy, problem, run } = useSubmission();

  const save = async (values: SectorForm) => {
    const ministry = values.ministry?.trim() ? values.ministry.trim() : null;
    await run(
      async () => {
        if (sector) {
          await unwrap(
            api.PATCH('/api/v1/admin/sectors/{id}', {
              params: { path: { id: sector.id } },
              body: { name: values.name.trim(), ministry },
            }),
          );
        } else {
          await unwrap(
            api.POST('/api/v1/admin/sectors', {
              body: { code: values.code.trim(), name: values.name.trim(), ministry },
            }),
          );
        }
        onClose(true);
      },
      (failure) => showNestedFieldProblems(form, failure, underFields(['code', 'name', 'ministry'])),
    );
  };

  return (
    <Modal
      open
      title={sector ? `Sửa lĩnh vực ${sector.code}` : 'Thêm lĩnh vực'}
      okText={sector ? 'Lưu thay đổi' : 'Thêm lĩnh vực'}
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<SectorForm>
        name="linh-vuc"
        form={form}
        layout="vertical"
        initialValues={{
          code: sector?.code ?? '',
          name: sector?.name ?? '',
          ministry: sector?.ministry ?? '',
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="code"
          label="Mã lĩnh vực"
          extra={sector ? 'Mã không đổi được.' : 'Dạng MX1X2-LV, chữ in hoa và số (ví dụ G09-TP05).'}
          rules={[{ required: true, whitespace: true, message: 'Nhập mã lĩnh vực' }]}
        >
          <Input maxLength={40} spellCheck={false} disabled={sector !== null} />
        </Form.Item>
        <Form.Item
          name="name"
          label="Tên lĩnh vực"
          rules={[{ required: true, whitespace: true, message: 'Nhập tên' }]}
        >
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="ministry" label="Bộ, ngành quản lý">
          <Input maxLength={255} />
        </Form.Item>
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}

// Sectors (lĩnh vực) with their number of published procedures; an administrator of the
// province adds and corrects them (POST, PATCH /admin/sectors).
export function SectorsPage() {
  const list = useApi(() => unwrap(api.GET('/api/v1/sectors')), []);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Sector | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  const items = useMemo(() => {
    const folded = fold(query.trim());
    const all = list.data?.items ?? [];
    return folded
      ? all.filter((sector) =>
          fold(`${sector.code} ${sector.name} ${sector.ministry ?? ''}`).includes(folded),
        )
      : all;
  }, [list.data, query]);

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Lĩnh vực
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>
          Thêm lĩnh vực
        </Button>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="tim-linh-vuc">Tìm lĩnh vực</label>
        <Input
          id="tim-linh-vuc"
          allowClear
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder="Tên, mã hoặc bộ quản lý (không cần dấu)"
          style={{ width: 320 }}
        />
      </Flex>
      {saved ? (
        <Typography.Paragraph role="status" type="success" style={{ margin: 0 }}>
          Đã lưu lĩnh vực.
        </Typography.Paragraph>
      ) : null}
      <ProblemAlert problem={list.problem} />
      <Table<Sector>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={items}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => `${total} lĩnh vực` }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: query ? 'Không có lĩnh vực nào khớp.' : 'Chưa có lĩnh vực nào.' }}
        columns={[
          { title: 'Mã', dataIndex: 'code' },
          { title: 'Tên lĩnh vực', dataIndex: 'name' },
          {
            title: 'Bộ, ngành quản lý',
            dataIndex: 'ministry',
            render: (ministry: string | null) => ministry ?? '—',
          },
          { title: 'Thủ tục đang công bố', dataIndex: 'publishedProcedures', align: 'right' },
          {
            title: 'Thao tác',
            key: 'edit',
            render: (_, sector) => (
              <Button
                size="small"
                onClick={() => setEditing(sector)}
                aria-label={`Sửa lĩnh vực ${sector.name}`}
              >
                Sửa
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <SectorModal
          sector={editing === 'new' ? null : editing}
          onClose={(didSave) => {
            setEditing(null);
            if (didSave) {
              setSaved(true);
              list.reload();
            }
          }}
        />
      ) : null}
    </>
  );
}
