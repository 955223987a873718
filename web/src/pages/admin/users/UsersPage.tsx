import { Button, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { ROLE_LABELS } from '../../../auth/session';
import type { Role } from '../../../auth/session-store';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/use-api';
import { AgencySelect } from '../agencies/AgencySelect';
import { ROLE_OPTIONS, type StaffUser } from './user-options';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 20;

interface Filters {
  q?: string;
  role?: Role;
  agencyId?: string;
}

// Staff accounts of the administrator's organisation: search, filter by role or agency, create
// one, change roles, agency or name, deactivate.
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Filters>();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filters: Filters = {
    q: params.get('q') ?? undefined,
    role: (params.get('role') as Role | null) ?? undefined,
    agencyId: params.get('agencyId') ?? undefined,
  };
  const list = useApi(
    () => unwrap(api.GET('/api/v1/users', { params: { query: { ...filters, page, pageSize: PAGE_SIZE } } })),
    [params.toString()],
  );
  const [editing, setEditing] = useState<StaffUser | 'new' | null>(null);

  const apply = (values: Filters) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'string' && value.trim()) {
        next.set(key, value.trim());
      }
    }
    setParams(next);
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Người dùng và vai trò
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')}>
          Tạo tài khoản cán bộ
        </Button>
      </Flex>
      <Form<Filters>
        form={form}
        layout="inline"
        initialValues={filters}
        onFinish={apply}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="q" label="Tên hoặc tên đăng nhập">
          <Input allowClear maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label="Vai trò" htmlFor="loc-vai-tro">
          <Select
            id="loc-vai-tro"
            allowClear
            placeholder="Mọi vai trò"
            options={ROLE_OPTIONS}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="agencyId" label="Cơ quan" htmlFor="loc-co-quan">
          <AgencySelect id="loc-co-quan" allowClear />
        </Form.Item>
        <Button htmlType="submit">Lọc</Button>
      </Form>
      <ProblemAlert problem={list.problem} />
      <Table<StaffUser>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có tài khoản nào.' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} tài khoản`,
          onChange: (next) => {
            const merged = new URLSearchParams(params);
            merged.set('page', String(next));
            setParams(merged);
          },
        }}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username' },
          { title: 'Họ và tên', dataIndex: 'fullName' },
          {
            title: 'Vai trò',
            dataIndex: 'roles',
            render: (roles: Role[]) => roles.map((role) => <Tag key={role}>{ROLE_LABELS[role]}</Tag>),
          },
          {
            title: 'Trạng thái',
            key: 'state',
            render: (_, user) => (
              <Flex gap={4} wrap>
                <Tag color={user.active ? 'green' : 'default'}>
                  {user.active ? 'Đang hoạt động' : 'Đã khóa'}
                </Tag>
                {user.mustChangePassword ? <Tag color="orange">Phải đổi mật khẩu</Tag> : null}
                {user.lockedUntil ? (
                  <Tag color="red">
                    Tạm khóa đến <DateTime value={user.lockedUntil} />
                  </Tag>
                ) : null}
              </Flex>
            ),
          },
          {
            title: 'Thao tác',
            key: 'edit',
            render: (_, user) => (
              <Button
                size="small"
                onClick={() => setEditing(user)}
                aria-label={`Sửa tài khoản ${user.username}`}
              >
                Sửa
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) {
              list.reload();
            }
          }}
        />
      ) : null}
    </>
  );
}
