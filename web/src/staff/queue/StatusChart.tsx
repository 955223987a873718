import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface StatusCount {
  label: string;
  total: number;
}

// Open dossiers by status, as bars. The numbers are also in the table below the chart for
// screen readers (the SVG is hidden from them).
export function StatusChart({ counts }: { counts: readonly StatusCount[] }) {
  return (
    <figure style={{ margin: 0 }}>
      <div aria-hidden="true" style={{ width: '100%', height: 220 }}>
        <ResponsiveContainer>
          <BarChart
            data={[...counts]}
            layout="vertical"
            margin={{ left: 8, right: 24 }}
            // Hidden from screen readers, so out of the tab order too (the table reads the numbers).
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={200} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [value, 'Số hồ sơ']} />
            <Bar dataKey="total" fill="#1554c0" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">
        <table>
          <caption>Hồ sơ đang giải quyết theo trạng thái</caption>
          <tbody>
            {counts.map((count) => (
              <tr key={count.label}>
                <th scope="row">{count.label}</th>
                <td>{count.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
