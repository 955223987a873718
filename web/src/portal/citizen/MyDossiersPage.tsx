import { Button, Empty, Flex, List, Pagination, Select, Skeleton, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { type Dossier, myDossiersApi } from './citizen-api';
import { useProcedureNames } from './procedure-names';
import { statusColourOf } from './status-colours';
import './citizen.css';

const PAGE_SIZE = 10;
const statusOptions = [
  { value: '', label: 'Tất cả trạng thái' },
  ...Object.entries(DOSSIER_STATUS_LABELS).map(([value, label]) => ({ value, label })),
];

// The signed-in citizen's dossiers, newest first, with status, appointment and legal deadline.
export function MyDossiersPage() {
  const [params, setParams] = useSearchParams();
  const status = (params.get('trang-thai') as DossierStatus | null) ?? undefined;
  const page = Math.max(1, Number(params.get('trang') ?? '1') || 1);
  const dossiers = useApi(
    () => myDossiersApi.list({ ...(status ? { status } : {}), page, pageSize: PAGE_SIZE }),
    [status, page],
  );
  const names = useProcedureNames(dossiers.data?.items.map((dossier) => dossier.procedureId) ?? []);

  const setFilter = (next: { status?: string; page?: number }) => {
    const search = new URLSearchParams();
    const nextStatus = next.status ?? status;
    if (nextStatus) {
      search.set('trang-thai', nextStatus);
    }
    if (next.page && next.page > 1) {
      search.set('trang', String(next.page));
    }
    setParams(search);
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          Hồ sơ của tôi
        </Typography.Title>
        <Link to="/">Nộp hồ sơ mới</Link>
      </Flex>
      <div>
        <label htmlFor="loc-trang-thai" className="visually-hidden">
          Lọc theo trạng thái
        </label>
        <Select
          id="loc-trang-thai"
          value={status ?? ''}
          options={statusOptions}
          onChange={(value: string) => setFilter({ status: value, page: 1 })}
          style={{ width: '100%', maxWidth: 320 }}
        />
      </div>
      <ProblemAlert problem={dossiers.problem} />
      {dossiers.problem ? <Button onClick={dossiers.reload}>Thử lại</Button> : null}
      {dossiers.loading && !dossiers.data ? (
        <Skeleton active paragraph={{ rows: 6 }} aria-label="Đang tải hồ sơ" />
      ) : null}
      {dossiers.data && dossiers.data.items.length === 0 ? (
        <Empty
          description={
            status
              ? 'Không có hồ sơ ở trạng thái này.'
              : 'Bạn chưa nộp hồ sơ nào. Tìm thủ tục để nộp trực tuyến.'
          }
        />
      ) : null}
      {dossiers.data && dossiers.data.items.length > 0 ? (
        <div aria-busy={dossiers.loading}>
          <List
            className="panel"
            style={{ padding: '0 16px' }}
            dataSource={dossiers.data.items}
            rowKey="id"
            renderItem={(dossier) => (
              <List.Item>
                <DossierCard dossier={dossier} procedureName={names.get(dossier.procedureId)} />
              </List.Item>
            )}
          />
          {dossiers.data.total > PAGE_SIZE ? (
            <Pagination
              style={{ marginTop: 12 }}
              current={page}
              pageSize={PAGE_SIZE}
              total={dossiers.data.total}
              showSizeChanger={false}
              onChange={(next) => setFilter({ page: next })}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function DossierCard({ dossier, procedureName }: { dossier: Dossier; procedureName: string | undefined }) {
  return (
    <article
      className="dossier-card"
      aria-label={dossier.code ?? 'Hồ sơ chờ tiếp nhận'}
      style={{ width: '100%' }}
    >
      <div className="dossier-card__head">
        <Link to={`/ho-so-cua-toi/${dossier.id}`} style={{ fontWeight: 600 }}>
          {dossier.code ?? 'Chưa có mã (chờ tiếp nhận)'}
        </Link>
        <Tag color={statusColourOf(dossier.status)}>{dossier.statusLabel}</Tag>
      </div>
      <div>{procedureName ?? <span className="muted">Đang tải tên thủ tục…</span>}</div>
      <dl className="facts" style={{ marginTop: 6 }}>
        <dt>Ngày nộp</dt>
        <dd>
          <DateTime value={dossier.submittedAt} />
        </dd>
        {dossier.appointmentAt ? (
          <>
            <dt>Hẹn trả kết quả</dt>
            <dd>
              <DateTime value={dossier.appointmentAt} />
            </dd>
          </>
        ) : null}
        {dossier.dueAt ? (
          <>
            <dt>Hạn giải quyết</dt>
            <dd>
              <DateTime value={dossier.dueAt} />
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
