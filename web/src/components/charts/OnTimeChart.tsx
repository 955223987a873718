import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface OnTimeDatum {
  label: string;
  early: number;
  onTime: number;
  late: number;
  overdue: number;
  onTimeRate: number | null;
}

const SERIES = [
  { key: 'early', name: 'Giải quyết trước hạn', colour: '#1d6b2f' },
  { key: 'onTime', name: 'Giải quyết đúng hạn', colour: '#1554c0' },
  { key: 'late', name: 'Giải quyết quá hạn', colour: '#b3261e' },
  { key: 'overdue', name: 'Đang quá hạn', colour: '#a35200' },
] as const;

const percent = (value: number | null) =>
  value === null ? '—' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })} %`;

// Resolved dossiers (early, on time, late) stacked, the overdue ones beside them, and the
// on-time rate as a line on its own axis. The SVG is hidden from screen readers; the same
// numbers are in the table of the figure's caption.
export function OnTimeChart({
  data,
  caption,
  height = 280,
}: {
  data: readonly OnTimeDatum[];
  caption: string;
  height?: number;
}) {
  return (
    <figure style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer>
          <ComposedChart
            data={[...data]}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            // Hidden from screen readers, so out of the tab order too (the table reads the numbers).
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} height={48} tickFormatter={shorten} />
            <YAxis yAxisId="count" allowDecimals={false} />
            <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit="%" />
            <Tooltip
              formatter={(value, name) =>
                name === 'Tỷ lệ đúng hạn' ? percent(typeof value === 'number' ? value : null) : value
              }
            />
            <Legend />
            {SERIES.map((series) => (
              <Bar
                key={series.key}
                yAxisId="count"
                dataKey={series.key}
                name={series.name}
                fill={series.colour}
                stackId={series.key === 'overdue' ? undefined : 'resolved'}
                isAnimationActive={false}
              />
            ))}
            <Line
              yAxisId="rate"
              dataKey="onTimeRate"
              name="Tỷ lệ đúng hạn"
              stroke="#6a1b9a"
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Nhóm</th>
              {SERIES.map((series) => (
                <th key={series.key} scope="col">
                  {series.name}
                </th>
              ))}
              <th scope="col">Tỷ lệ đúng hạn</th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.label}</th>
                {SERIES.map((series) => (
                  <td key={series.key}>{datum[series.key]}</td>
                ))}
                <td>{percent(datum.onTimeRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

// Long agency and sector names on the axis are cut; the tooltip and the table have them whole.
function shorten(label: string): string {
  return label.length > 18 ? `${label.slice(0, 17)}…` : label;
}
