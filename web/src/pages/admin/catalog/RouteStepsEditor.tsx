import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { components } from '../../../api/schema';
import { AGENCY_KIND_LABELS, LEVEL_LABELS, TIME_UNIT_LABELS } from '../../../lib/labels';
import { type DraftValues, type RouteStepValues, sequencesOf } from './draft-form';
import { LEGEND_STYLE, options, ROW_STYLE } from './form-layout';
import { LevelAgencySelect } from './LevelAgencySelect';
import { totalRouteTime } from './route-total';

type Implementation = DraftValues['implementations'][number];
type TimeLimit = components['schemas']['TimeLimitDto'];
// A step as added: its time is left for the administrator to enter.
type NewStep = Omit<RouteStepValues, 'allotted'> & { allotted: Pick<TimeLimit, 'unit'> };

const AGENCY_BY_OPTIONS = [
  { value: 'KIND', label: 'Theo loại cơ quan' },
  { value: 'AGENCY', label: 'Một cơ quan cụ thể' },
];

const formatAmount = (amount: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(amount);

// The inter-agency route of one implementing level (Decree 61/2018 art. 19.6–19.7): its steps in
// order, each with its level, agency, task, allotted time and whether it leads; a running total
// of the allotted time against the level's time limit. The server's rules for the route as a
// whole (one lead, fits the limit) are shown under the total.
export function RouteStepsEditor({
  index,
  implementation,
  agencyNames,
}: {
  index: number;
  implementation: Implementation;
  // Names of the agencies the version's steps already name, to label them before any search.
  agencyNames: ReadonlyMap<string, string>;
}) {
  const form = Form.useFormInstance<DraftValues>();
  const listName = ['implementations', index, 'route'];
  const steps = Form.useWatch<RouteStepValues[] | undefined>(listName, form);
  const limit = Form.useWatch(['implementations', index, 'timeLimit'], form) ?? implementation.timeLimit;
  const idPrefix = `lien-thong-${implementation.level.toLowerCase()}`;
  const [pendingFocus, setPendingFocus] = useState<string[]>([]);

  // After a step is added, moved or removed, focus goes where a keyboard user expects it: the
  // first of these selectors that finds an enabled element.
  useEffect(() => {
    const target = pendingFocus
      .map((selector) => document.querySelector<HTMLElement>(selector))
      .find((element) => element !== null && !element.hasAttribute('disabled'));
    target?.focus();
  }, [pendingFocus]);

  const newStep = (isFirst: boolean): NewStep => ({
    parallel: false,
    level: implementation.level,
    agencyBy: 'KIND',
    agencyKind: implementation.agencyKind ?? 'PEOPLES_COMMITTEE',
    agencyId: null,
    agencyLabel: null,
    task: '',
    allotted: { unit: limit.unit },
    isLead: isFirst,
  });

  return (
    <section
      id={idPrefix}
      aria-labelledby={`${idPrefix}-tieu-de`}
      style={{ width: '100%', marginBottom: 16 }}
    >
      <Typography.Paragraph strong id={`${idPrefix}-tieu-de`} style={{ marginBottom: 8 }}>
        Quy trình liên thông ({LEVEL_LABELS[implementation.level]})
      </Typography.Paragraph>
      <Form.List name={listName}>
        {(rows, { add, remove, move }, { errors }) => {
          const sequences = sequencesOf(rows.map((row) => steps?.[row.name]));
          return (
            <>
              {rows.length === 0 ? (
                <Typography.Paragraph type="secondary">
                  Không có quy trình liên thông: một cơ quan giải quyết toàn bộ.
                </Typography.Paragraph>
              ) : null}
              {rows.map((row, position) => {
                const step = steps?.[row.name];
                const stepId = `${idPrefix}-buoc-${row.key}`;
                const number = position + 1;
                return (
                  <fieldset key={row.key} id={stepId} style={ROW_STYLE}>
                    <legend style={LEGEND_STYLE}>Bước {number}</legend>
                    <Flex gap={12} wrap align="flex-start">
                      <Form.Item name={[row.name, 'level']} label="Cấp thực hiện bước">
                        <Select style={{ width: 130 }} options={options(LEVEL_LABELS)} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'agencyBy']} label="Xác định cơ quan">
                        <Select style={{ width: 220 }} options={AGENCY_BY_OPTIONS} />
                      </Form.Item>
                      {step?.agencyBy === 'AGENCY' ? (
                        <Form.Item
                          name={[row.name, 'agencyId']}
                          label="Cơ quan"
                          rules={[{ required: true, message: 'Chọn cơ quan' }]}
                        >
                          <LevelAgencySelect
                            level={step.level}
                            knownName={step.agencyId ? agencyNames.get(step.agencyId) : null}
                          />
                        </Form.Item>
                      ) : (
                        <>
                          <Form.Item
                            name={[row.name, 'agencyKind']}
                            label="Loại cơ quan"
                            rules={[{ required: true, message: 'Chọn loại cơ quan' }]}
                          >
                            <Select style={{ width: 260 }} options={options(AGENCY_KIND_LABELS)} />
                          </Form.Item>
                          <Form.Item
                            name={[row.name, 'agencyLabel']}
                            label="Tên đơn vị (khi danh bạ không có)"
                            style={{ flex: 1, minWidth: 200 }}
                          >
                            <Input maxLength={255} />
                          </Form.Item>
                        </>
                      )}
                    </Flex>
                    <Form.Item
                      name={[row.name, 'task']}
                      label="Nhiệm vụ"
                      rules={[{ required: true, whitespace: true, message: 'Nhập nhiệm vụ của bước' }]}
                    >
                      <Input.TextArea autoSize maxLength={1000} />
                    </Form.Item>
                    <Flex gap={12} wrap align="flex-start">
                      <Form.Item
                        name={[row.name, 'allotted', 'amount']}
                        label="Thời gian được giao"
                        rules={[{ required: true, message: 'Nhập thời gian' }]}
                      >
                        <InputNumber min={0} style={{ width: 110 }} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'allotted', 'unit']} label="Đơn vị thời gian">
                        <Select style={{ width: 160 }} options={options(TIME_UNIT_LABELS)} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'isLead']} valuePropName="checked" label="Vai trò">
                        <Checkbox>Cơ quan chủ trì</Checkbox>
                      </Form.Item>
                      {position > 0 ? (
                        <Form.Item name={[row.name, 'parallel']} valuePropName="checked" label="Thứ tự">
                          <Checkbox>Song song với bước trước</Checkbox>
                        </Form.Item>
                      ) : null}
                      <Typography.Text type="secondary" style={{ marginTop: 36 }}>
                        Thứ tự xử lý: {sequences[position]}
                      </Typography.Text>
                    </Flex>
                    <Flex gap={8} wrap>
                      <Button
                        size="small"
                        id={`${stepId}-len`}
                        disabled={position === 0}
                        aria-label={`Chuyển bước ${number} lên`}
                        onClick={() => {
                          move(position, position - 1);
                          setPendingFocus([`#${stepId}-len`, `#${stepId}-xuong`]);
                        }}
                      >
                        Lên
                      </Button>
                      <Button
                        size="small"
                        id={`${stepId}-xuong`}
                        disabled={position === rows.length - 1}
                        aria-label={`Chuyển bước ${number} xuống`}
                        onClick={() => {
                          move(position, position + 1);
                          setPendingFocus([`#${stepId}-xuong`, `#${stepId}-len`]);
                        }}
                      >
                        Xuống
                      </Button>
                      <Button
                        size="small"
                        aria-label={`Bỏ bước ${number}`}
                        onClick={() => {
                          remove(row.name);
                          setPendingFocus([`#${idPrefix}-them`]);
                        }}
                      >
                        Bỏ bước
                      </Button>
                    </Flex>
                  </fieldset>
                );
              })}
              <RouteTotal steps={steps ?? []} sequences={sequences} limit={limit} />
              {/* Announced when the server refuses the route as a whole. */}
              <div role="alert">
                {errors.map((error, position) => (
                  <Typography.Paragraph key={position} type="danger" style={{ marginBottom: 4 }}>
                    {error}
                  </Typography.Paragraph>
                ))}
              </div>
              <Button
                id={`${idPrefix}-them`}
                onClick={() => {
                  add(newStep(rows.length === 0));
                  // The new row's key is not known yet: it is the last step.
                  setPendingFocus([
                    `#${idPrefix} fieldset:last-of-type select, #${idPrefix} fieldset:last-of-type input`,
                  ]);
                }}
                style={{ marginTop: 8 }}
              >
                Thêm bước ({LEVEL_LABELS[implementation.level]})
              </Button>
            </>
          );
        }}
      </Form.List>
    </section>
  );
}

function RouteTotal({
  steps,
  sequences,
  limit,
}: {
  steps: readonly RouteStepValues[];
  sequences: readonly number[];
  limit: TimeLimit;
}) {
  if (steps.length === 0) {
    return null;
  }
  const total = totalRouteTime(
    steps.map((step, position) => ({
      sequence: sequences[position] ?? position + 1,
      allotted: step?.allotted,
    })),
    limit,
  );
  const unit = TIME_UNIT_LABELS[limit.unit];
  return (
    <Typography.Paragraph role="status" type={total.comparable && !total.exceeds ? undefined : 'danger'}>
      {total.comparable
        ? `Tổng thời gian các bước: ${formatAmount(total.total)} / thời hạn ${formatAmount(total.limit)} ${unit}` +
          (total.exceeds ? ` (vượt ${formatAmount(total.total - total.limit)} ${unit})` : '')
        : `Tổng thời gian các bước không so được với thời hạn (${formatAmount(limit.amount)} ${unit}): các bước phải tính cùng loại đơn vị.`}
    </Typography.Paragraph>
  );
}
