import { Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { type ApiProblem, toApiProblem } from '../../../api/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { LIFECYCLE_ACTIONS, type LifecycleAction, type ProcedureStatus } from './procedure-status';
import { type StatusChange, StatusChangeModal } from './StatusChangeModal';

// The procedure's own lifecycle, as its status allows: suspend a published procedure, reinstate
// a suspended one (each with its reason), delete one never published (confirmed first).
export function ProcedureLifecycleActions({
  procedureId,
  procedureCode,
  status,
  onStatusChanged,
  onDeleted,
}: {
  procedureId: string;
  procedureCode: string;
  status: ProcedureStatus;
  onStatusChanged: () => void;
  onDeleted: () => void;
}) {
  const [asking, setAsking] = useState<StatusChange | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [deleting, setDeleting] = useState(false);
  const allowed: readonly LifecycleAction[] = LIFECYCLE_ACTIONS[status];

  const remove = async () => {
    setDeleting(true);
    setProblem(null);
    try {
      await unwrap(api.DELETE('/api/v1/admin/procedures/{id}', { params: { path: { id: procedureId } } }));
      onDeleted();
    } catch (error) {
      setProblem(toApiProblem(error));
      setDeleting(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="center">
        {allowed.includes('suspend') ? (
          <Button danger onClick={() => setAsking('suspend')}>
            Tạm ngừng
          </Button>
        ) : null}
        {allowed.includes('reinstate') ? (
          <Button onClick={() => setAsking('reinstate')}>Khôi phục</Button>
        ) : null}
        {allowed.includes('delete') ? (
          <Popconfirm
            title="Xóa thủ tục này?"
            description="Thủ tục chưa từng công bố được xóa hẳn, cùng bản nháp của nó."
            okText="Xóa"
            okButtonProps={{ danger: true }}
            cancelText="Không"
            onConfirm={() => void remove()}
          >
            <Button danger loading={deleting}>
              Xóa thủ tục
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
      <ProblemAlert problem={problem} />
      {asking ? (
        <StatusChangeModal
          procedureId={procedureId}
          procedureCode={procedureCode}
          change={asking}
          onClose={(changed) => {
            setAsking(null);
            if (changed) {
              setProblem(null);
              onStatusChanged();
            }
          }}
        />
      ) : null}
    </Flex>
  );
}
