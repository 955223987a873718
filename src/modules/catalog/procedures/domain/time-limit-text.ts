import { type TimeLimit } from './procedure-content';

// How a time limit reads to a citizen. 0 working days is the same-day case ("trong ngày").
export function describeTimeLimit(limit: TimeLimit): string {
  const amount = String(limit.amount).replace('.', ',');
  switch (limit.unit) {
    case 'WORKING_DAYS':
      return limit.amount === 0 ? 'Trong ngày làm việc' : `${amount} ngày làm việc`;
    case 'WORKING_HOURS':
      return `${amount} giờ làm việc`;
    case 'CALENDAR_DAYS':
      return `${amount} ngày`;
    case 'MONTHS':
      return `${amount} tháng`;
  }
}
