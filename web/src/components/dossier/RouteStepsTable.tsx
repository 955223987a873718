import { Table, Tag, Typography } from 'antd';
import { DateTime } from '../DateTime';
import { LEVEL_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/use-api';
import { dossierApi, type DossierStep } from './dossier-api';
import {
  CLASSIFICATION_COLOURS,
  CLASSIFICATION_LABELS,
  STEP_STATUS_COLOURS,
  STEP_STATUS_LABELS,
} from './dossier-labels';

// The steps of an inter-agency route (liên thông): which agency does what, by when, and whether
// its part was early, on time or late. Agency names come from the public agency directory.
export function RouteStepsTable({
  steps,
  lateStepAgencyId,
}: {
  steps: readonly DossierStep[];
  lateStepAgencyId: string | null;
}) {
  const agencyIds = [...new Set(steps.map((step) => step.agencyId))].sort();
  const names = useApi(
    () =>
      Promise.all(
        agencyIds.map((id) =>
          dossierApi.agency(id).then(
            (agency) => [id, agency.name] as const,
            () => [id, null] as const,
          ),
        ),
      ).then((entries) => new Map(entries)),
    [agencyIds.join(',')],
  );
  if (steps.length === 0) {
    return (
      <Typography.Text type="secondary">
        Hồ sơ do một cơ quan giải quyết (không liên thông), hoặc chưa được chuyển đi.
      </Typography.Text>
    );
  }
  return (
    <Table<DossierStep>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...steps]}
      columns={[
        {
          title: 'Bước',
          render: (_, step) => (step.attempt > 1 ? `${step.sequence} (lần ${step.attempt})` : step.sequence),
        },
        {
          title: 'Cơ quan',
          render: (_, step) => (
            <>
              {names.data?.get(step.agencyId) ?? step.agencyLabel ?? LEVEL_LABELS[step.level]}
              {step.agencyLabel && names.data?.get(step.agencyId) !== step.agencyLabel ? (
                <div className="muted">{step.agencyLabel}</div>
              ) : null}
              {step.isLead ? <Tag style={{ marginLeft: 6 }}>Chủ trì</Tag> : null}
              {step.agencyId === lateStepAgencyId ? <Tag color="red">Làm chậm hồ sơ</Tag> : null}
            </>
          ),
        },
        { title: 'Nhiệm vụ', dataIndex: 'task' },
        {
          title: 'Trạng thái',
          render: (_, step) => (
            <Tag color={STEP_STATUS_COLOURS[step.status]}>{STEP_STATUS_LABELS[step.status]}</Tag>
          ),
        },
        { title: 'Bắt đầu', render: (_, step) => <DateTime value={step.startedAt} /> },
        { title: 'Hạn bước', render: (_, step) => <DateTime value={step.dueAt ?? step.plannedDueAt} /> },
        {
          title: 'Hoàn thành',
          render: (_, step) => (
            <>
              <DateTime value={step.completedAt} />{' '}
              {step.result ? (
                <Tag color={CLASSIFICATION_COLOURS[step.result]}>{CLASSIFICATION_LABELS[step.result]}</Tag>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
