import { Button, DatePicker, Flex, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  PERIOD_KIND_LABELS,
  type PeriodChoice,
  type PeriodKind,
  parsePeriodKey,
  periodKeyOf,
} from './period';

const KIND_OPTIONS = Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value, label }));
const QUARTER_OPTIONS = [1, 2, 3, 4].map((quarter) => ({
  value: quarter,
  label: `Quý ${['I', 'II', 'III', 'IV'][quarter - 1]}`,
}));
const MONTH_OPTIONS = Array.from({ length: 12 }, (_, index) => ({
  value: index + 1,
  label: `Tháng ${index + 1}`,
}));

// The kinds that need a quarter or a month besides the year.
const PARTED_KINDS: readonly PeriodKind[] = ['quarter', 'cutoffQuarter', 'month', 'cutoffMonth'];

function yearOptions(): Array<{ value: number; label: string }> {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2015 + 1 }, (_, index) => last - index).map((year) => ({
    value: year,
    label: String(year),
  }));
}

// Year, quarter, month, a range of days, or an official cut-off period; "Xem" applies it.
// It starts from `value`; the parent keys it by the period to start over when that changes.
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const [choice, setChoice] = useState<PeriodChoice>(
    () => parsePeriodKey(value) ?? { kind: 'year', year: new Date().getFullYear() },
  );
  const key = periodKeyOf(choice);
  const needsPart = PARTED_KINDS.includes(choice.kind);
  const isQuarter = choice.kind === 'quarter' || choice.kind === 'cutoffQuarter';

  return (
    <Form
      layout="inline"
      aria-label="Chọn kỳ báo cáo"
      onFinish={() => key && onChange(key)}
      style={{ rowGap: 8 }}
    >
      <Form.Item label="Loại kỳ" htmlFor="ky-loai">
        <Select<PeriodKind>
          id="ky-loai"
          style={{ width: 250 }}
          value={choice.kind}
          options={KIND_OPTIONS}
          onChange={(kind) =>
            setChoice((current) => ({
              kind,
              year: current.year,
              part: PARTED_KINDS.includes(kind) ? 1 : undefined,
            }))
          }
        />
      </Form.Item>
      {choice.kind === 'range' ? (
        <Form.Item label="Từ ngày – đến ngày" htmlFor="ky-khoang">
          <DatePicker.RangePicker
            id={{ start: 'ky-khoang' }}
            format="DD/MM/YYYY"
            allowClear={false}
            value={choice.from && choice.to ? [dayjs(choice.from), dayjs(choice.to)] : null}
            onChange={(range) =>
              setChoice((current) => ({
                ...current,
                from: range?.[0]?.format('YYYY-MM-DD'),
                to: range?.[1]?.format('YYYY-MM-DD'),
              }))
            }
          />
        </Form.Item>
      ) : (
        <Form.Item label="Năm" htmlFor="ky-nam">
          <Select<number>
            id="ky-nam"
            style={{ width: 100 }}
            value={choice.year}
            options={yearOptions()}
            onChange={(year) => setChoice((current) => ({ ...current, year }))}
          />
        </Form.Item>
      )}
      {needsPart ? (
        <Form.Item label={isQuarter ? 'Quý' : 'Tháng'} htmlFor="ky-phan">
          <Select<number>
            id="ky-phan"
            style={{ width: 120 }}
            value={choice.part}
            options={isQuarter ? QUARTER_OPTIONS : MONTH_OPTIONS}
            onChange={(part) => setChoice((current) => ({ ...current, part }))}
          />
        </Form.Item>
      ) : null}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" disabled={!key}>
          Xem
        </Button>
      </Flex>
    </Form>
  );
}
