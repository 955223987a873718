import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface PointsDatum {
  label: string;
  points: number | null;
  maxPoints: number;
}

// Points of each group against its maximum (a group without data shows an empty bar and "không
// có dữ liệu" in the table). Hidden from screen readers, which read the caption's table.
export function PointsChart({ data, caption }: { data: readonly PointsDatum[]; caption: string }) {
  const rows = data.map((datum) => ({ ...datum, points: datum.points ?? 0 }));
  return (
    <figure style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height: 40 + data.length * 36 }}>
        <ResponsiveContainer>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ left: 8, right: 24 }}
            barGap={-18}
            // Hidden from screen readers, so out of the tab order too (the table reads the numbers).
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 'dataMax']} />
            <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar
              dataKey="maxPoints"
              name="Điểm tối đa"
              fill="#e4e6eb"
              barSize={18}
              isAnimationActive={false}
            />
            <Bar dataKey="points" name="Điểm đạt" fill="#1554c0" barSize={18} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.label}</th>
                <td>
                  {datum.points === null ? 'không có dữ liệu' : `${datum.points} / ${datum.maxPoints} điểm`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
