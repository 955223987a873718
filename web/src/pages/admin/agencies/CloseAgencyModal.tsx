import { Button, DatePicker, Flex, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmission } from '../../../lib/use-submission';
import { showNestedFieldProblems } from '../nested-field-problems';
import { AgencySelect } from './AgencySelect';

type Agency = components['schemas']['AgencyDetailResponse'];
type Change = 'DISSOLVE' | 'MERGE' | 'SPLIT';

interface Closing {
  change: Change;
  validTo: Dayjs | null;
  successors: Array<{ agencyId?: string }>;
  note?: string;
}

// The API has one dated change, closing with successors; merging and splitting are its two
// shapes: one successor taking over the whole agency (WHOLE), or several taking a part (PART).
const CHANGES = {
  DISSOLVE: {
    label: 'Giải thể',
    help: 'Cơ quan ngừng hoạt động, không có cơ quan kế thừa.',
  },
  MERGE: {
    label: 'Sáp nhập, hợp nhất',
    help: 'Một cơ quan kế thừa toàn bộ nhiệm vụ và hồ sơ đang giải quyết.',
  },
  SPLIT: {
    label: 'Chia tách',
    help: 'Mỗi cơ quan dưới đây kế thừa một phần.',
  },
} as const satisfies Record<Change, { label: string; help: string }>;

// A successor row's field, a date or the note: the API names them as the form does.
const isShown = (path: Array<string | number>) =>
  path[0] === 'validTo' || path[0] === 'note' || (path[0] === 'successors' && path.length === 3);

// Closing an agency on its last day, with who takes over the next day. Nothing that references
// it is rewritten; agencies below it still in force must be closed first (the API says which).
export function CloseAgencyModal({
  agency,
  onClose,
}: {
  agency: Agency;
  onClose: (closed: boolean) => void;
}) {
  const [form] = Form.useForm<Closing>();
  const { busy, problem, run } = useSubmission();
  const change = Form.useWatch('change', form) ?? 'MERGE';

  const close = async (values: Closing) => {
    const share: 'WHOLE' | 'PART' = values.change === 'MERGE' ? 'WHOLE' : 'PART';
    await run(
      async () => {
        await unwrap(
          api.POST('/api/v1/agencies/{id}/close', {
            params: { path: { id: agency.id } },
            body: {
              validTo: values.validTo?.format('YYYY-MM-DD') ?? '',
              successors:
                values.change === 'DISSOLVE'
                  ? []
                  : values.successors
                      .filter((successor) => successor.agencyId)
                      .map((successor) => ({ agencyId: successor.agencyId!, share })),
              note: values.note?.trim() || undefined,
            },
          }),
        );
        onClose(true);
      },
      (failure) => showNestedFieldProblems(form, failure, isShown),
    );
  };

  return (
    <Modal
      open
      title={`Ngừng hoạt động: ${agency.name}`}
      okText="Xác nhận ngừng hoạt động"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<Closing>
        name="ngung-hoat-dong"
        form={form}
        layout="vertical"
        onFinish={(values) => void close(values)}
        initialValues={{ change: 'MERGE', successors: [{}] }}
        onValuesChange={(changed: Partial<Closing>) => {
          if (changed.change === 'MERGE') {
            form.setFieldValue(
              'successors',
              (form.getFieldValue('successors') as Closing['successors']).slice(0, 1),
            );
          }
        }}
      >
        <Form.Item name="change" label="Hình thức" extra={CHANGES[change].help}>
          <Radio.Group
            optionType="button"
            options={Object.entries(CHANGES).map(([value, { label }]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          name="validTo"
          label="Ngày hoạt động cuối cùng"
          extra="Cơ quan kế thừa nhận nhiệm vụ từ ngày hôm sau."
          rules={[{ required: true, message: 'Chọn ngày hoạt động cuối cùng' }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {change === 'DISSOLVE' ? null : (
          <Form.List name="successors">
            {(rows, { add, remove }) => (
              <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8, border: 0 }}>
                  {change === 'MERGE' ? 'Cơ quan kế thừa toàn bộ' : 'Các cơ quan kế thừa một phần'}
                </legend>
                {rows.map((row, index) => (
                  <Flex key={row.key} gap={8} align="flex-start">
                    <Form.Item
                      name={[row.name, 'agencyId']}
                      label={`Cơ quan kế thừa ${index + 1}`}
                      rules={[{ required: true, message: 'Chọn cơ quan kế thừa' }]}
                      style={{ flex: 1 }}
                    >
                      <AgencySelect />
                    </Form.Item>
                    {change === 'SPLIT' && rows.length > 1 ? (
                      <Button
                        style={{ marginTop: 30 }}
                        onClick={() => remove(row.name)}
                        aria-label={`Bỏ cơ quan kế thừa ${index + 1}`}
                      >
                        Bỏ
                      </Button>
                    ) : null}
                  </Flex>
                ))}
                {change === 'SPLIT' ? (
                  <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
                    Thêm cơ quan kế thừa
                  </Button>
                ) : null}
              </fieldset>
            )}
          </Form.List>
        )}
        <Form.Item name="note" label="Căn cứ (nghị quyết, quyết định)">
          <Input maxLength={255} placeholder="Nghị quyết số …/NQ-UBTVQH15" />
        </Form.Item>
        <ProblemAlert problem={problem} />
      </Form>
    </Modal>
  );
}
