import { Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { AGENCY_KIND_LABELS, LEVEL_LABELS, TIME_UNIT_LABELS } from '../../../lib/labels';
import { LEGEND_STYLE, options, ROW_STYLE } from './form-layout';
import { NEW_IMPLEMENTATION } from './new-procedure-form';

const MAX_LEVELS = Object.keys(LEVEL_LABELS).length;

// The levels a new procedure is carried out at (one row each, at most one per level): the kind
// of agency that resolves it there and its time limit.
export function NewImplementationRows() {
  return (
    <Form.List name="implementations">
      {(rows, { add, remove }, { errors }) => (
        <>
          {rows.map((row, index) => (
            <fieldset key={row.key} style={ROW_STYLE}>
              <legend style={LEGEND_STYLE}>Cấp thực hiện {index + 1}</legend>
              <Flex gap={12} wrap align="flex-start">
                <Form.Item
                  name={[row.name, 'level']}
                  label="Cấp"
                  rules={[{ required: true, message: 'Chọn cấp' }]}
                >
                  <Select style={{ width: 130 }} options={options(LEVEL_LABELS)} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'agencyKind']}
                  label="Cơ quan giải quyết"
                  rules={[{ required: true, message: 'Chọn loại cơ quan' }]}
                >
                  <Select style={{ width: 230 }} options={options(AGENCY_KIND_LABELS)} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'timeLimit', 'amount']}
                  label="Thời hạn giải quyết"
                  rules={[{ required: true, message: 'Nhập thời hạn' }]}
                >
                  <InputNumber min={0} step={0.25} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[row.name, 'timeLimit', 'unit']} label="Đơn vị">
                  <Select style={{ width: 160 }} options={options(TIME_UNIT_LABELS)} />
                </Form.Item>
              </Flex>
              <Form.Item name={[row.name, 'timeLimitNote']} label="Ghi chú thời hạn">
                <Input maxLength={1000} />
              </Form.Item>
              {rows.length > 1 ? (
                <Button
                  size="small"
                  onClick={() => remove(row.name)}
                  aria-label={`Bỏ cấp thực hiện ${index + 1}`}
                >
                  Bỏ cấp thực hiện
                </Button>
              ) : null}
            </fieldset>
          ))}
          <Form.ErrorList errors={errors} />
          {rows.length < MAX_LEVELS ? (
            <Button onClick={() => add({ ...NEW_IMPLEMENTATION, level: undefined })}>
              Thêm cấp thực hiện
            </Button>
          ) : null}
        </>
      )}
    </Form.List>
  );
}
