import {
  Calendar,
  type CalendarProps,
  Card,
  Col,
  ConfigProvider,
  Flex,
  Radio,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useApi } from '../../../lib/use-api';
import { type CalendarDay, calendarApi } from './calendar-api';
import { DAY_KIND_COLOURS, DAY_KIND_LABELS } from './day-kinds';
import { OfficeHoursCard } from './OfficeHoursCard';
import { YearScheduleEditor } from './YearScheduleEditor';

const ISO = 'YYYY-MM-DD';

type CalendarMode = NonNullable<CalendarProps<Dayjs>['mode']>;

function lunarText(day: CalendarDay): string {
  const { lunar } = day;
  return `${lunar.day}/${lunar.month}${lunar.leap ? ' nhuận' : ''}`;
}

function DayCell({ day }: { day: CalendarDay | undefined }) {
  if (!day) {
    return null;
  }
  const special = day.kind !== 'WORKDAY' && day.kind !== 'WEEKEND';
  return (
    <Flex vertical gap={2} className="calendar-day" style={{ fontSize: 12, lineHeight: 1.3 }}>
      <span style={{ color: '#555' }} aria-label={`Âm lịch ${lunarText(day)}`}>
        ÂL {lunarText(day)}
      </span>
      {special ? (
        <Tag color={DAY_KIND_COLOURS[day.kind]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {DAY_KIND_LABELS[day.kind]}
          {day.name ? `: ${day.name}` : ''}
        </Tag>
      ) : null}
      {day.provisional && special ? <span style={{ color: '#a35200' }}>tạm tính</span> : null}
    </Flex>
  );
}

const MONTH_OPTIONS = Array.from({ length: 12 }, (_, month) => ({
  value: month,
  label: `Tháng ${month + 1}`,
}));

// The calendar's own header with named year and month pickers (Ant Design's has none, so screen
// readers announced two unnamed combo boxes).
function CalendarHeader({
  value,
  type,
  onChange,
  onTypeChange,
}: {
  value: Dayjs;
  type: CalendarMode;
  onChange: (date: Dayjs) => void;
  onTypeChange: (type: CalendarMode) => void;
}) {
  const year = value.year();
  const yearOptions = Array.from({ length: 21 }, (_, index) => ({
    value: year - 10 + index,
    label: String(year - 10 + index),
  }));
  return (
    <Flex gap={8} justify="flex-end" wrap style={{ padding: '12px 0' }}>
      <Select
        size="small"
        aria-label="Năm"
        value={year}
        options={yearOptions}
        onChange={(next: number) => onChange(value.year(next))}
      />
      {type === 'month' ? (
        <Select
          size="small"
          aria-label="Tháng"
          value={value.month()}
          options={MONTH_OPTIONS}
          onChange={(next: number) => onChange(value.month(next))}
        />
      ) : null}
      <Radio.Group
        size="small"
        optionType="button"
        aria-label="Xem theo"
        value={type}
        onChange={(event) => onTypeChange(event.target.value as CalendarMode)}
        options={[
          { value: 'month', label: 'Tháng' },
          { value: 'year', label: 'Năm' },
        ]}
      />
    </Flex>
  );
}

// Days of the neighbouring months are greyed with the disabled text colour (1.8:1 on white);
// this one still reads as grey beside the month's own days but measures 4.9:1.
const NEIGHBOUR_DAYS_THEME = { token: { colorTextDisabled: 'rgba(0, 0, 0, 0.56)' } };

// The working calendar as administrators keep it: a month with its holidays, lunar dates,
// compensatory days off and make-up days (GET /calendar/days), the year's official schedule
// beside it, edited with the recompute preview before it is saved, and below them the province's
// default office hours (an agency's own are on its page).
export function CalendarPage() {
  const [params] = useSearchParams();
  // ?thang=2027-02 opens that month (a link from elsewhere, a bookmark).
  const [selected, setSelected] = useState<Dayjs>(() => {
    const month = params.get('thang');
    return month && /^\d{4}-\d{2}$/.test(month) ? dayjs(`${month}-01`) : dayjs();
  });
  const [picked, setPicked] = useState<string | null>(null);
  const monthStart = selected.startOf('month');
  const from = monthStart.subtract(7, 'day').format(ISO);
  const to = monthStart.endOf('month').add(14, 'day').format(ISO);
  const days = useApi(() => calendarApi.days(from, to), [from, to]);
  const byDate = useMemo(
    () => new Map((days.data?.days ?? []).map((day) => [day.date, day] as const)),
    [days.data],
  );
  const monthDays = (days.data?.days ?? []).filter((day) =>
    day.date.startsWith(monthStart.format('YYYY-MM')),
  );
  const specialDays = monthDays.filter((day) => day.kind !== 'WORKDAY' && day.kind !== 'WEEKEND');
  const workingCount = monthDays.filter((day) => day.working).length;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        Lịch làm việc
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={
              <h2 style={{ fontSize: 16, margin: 0 }}>
                Tháng {selected.month() + 1} năm {selected.year()}
              </h2>
            }
            extra={
              days.data ? (
                <Typography.Text type="secondary">{workingCount} ngày làm việc</Typography.Text>
              ) : null
            }
          >
            <ProblemAlert problem={days.problem} />
            <ConfigProvider theme={NEIGHBOUR_DAYS_THEME}>
              <Calendar
                value={selected}
                headerRender={(header) => <CalendarHeader {...header} />}
                onPanelChange={(date) => setSelected(date)}
                onSelect={(date, info) => {
                  setSelected(date);
                  if (info.source === 'date') {
                    setPicked(date.format(ISO));
                  }
                }}
                cellRender={(current, info) =>
                  info.type === 'date' ? <DayCell day={byDate.get(current.format(ISO))} /> : info.originNode
                }
              />
            </ConfigProvider>
            <Flex gap={8} wrap style={{ marginTop: 8 }} aria-label="Chú giải">
              {(['HOLIDAY', 'COMPENSATORY_DAY_OFF', 'DAY_OFF', 'MAKEUP_WORKDAY'] as const).map((kind) => (
                <Tag key={kind} color={DAY_KIND_COLOURS[kind]}>
                  {DAY_KIND_LABELS[kind]}
                </Tag>
              ))}
              <Typography.Text type="secondary">
                ÂL: ngày âm lịch. Bấm một ngày để khai báo ngày đó.
              </Typography.Text>
            </Flex>
            <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
              Ngày đặc biệt trong tháng
            </Typography.Title>
            {days.loading && !days.data ? (
              <Typography.Text type="secondary">Đang tải…</Typography.Text>
            ) : specialDays.length === 0 ? (
              <Typography.Text type="secondary">
                Tháng này không có ngày nghỉ lễ, nghỉ bù hay làm bù.
              </Typography.Text>
            ) : (
              <ul className="document-list">
                {specialDays.map((day) => (
                  <li key={day.date}>
                    {dayjs(day.date).format('DD/MM/YYYY')} (âm lịch {lunarText(day)}):{' '}
                    {DAY_KIND_LABELS[day.kind]}
                    {day.name ? ` – ${day.name}` : ''}
                    {day.provisional ? ' (tạm tính)' : ''}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <YearScheduleEditor year={selected.year()} pickedDate={picked} onSaved={() => days.reload()} />
        </Col>
        <Col xs={24}>
          <Card size="small">
            <OfficeHoursCard agencyId={null} headingLevel={2} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
