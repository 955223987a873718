import { buildWorkingCalendar } from '../../calendar/domain/engine';
import {
  atVietnamTime,
  buildPhuYenDefinition,
  formatVietnamTime,
} from '../../calendar/domain/engine/test-fixtures';
import { computeStepDue, planRouteSteps } from './route-step-due';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const at = atVietnamTime;
const show = formatVietnamTime;
const days = (amount: number) => ({ amount, unit: 'WORKING_DAYS' }) as const;

describe('a route step counts its allotted time from when it starts', () => {
  it('3 working days handed over Monday 9/6/2025 09:00 are due Thursday 12/6 09:00', () => {
    expect(show(computeStepDue(phuYen, days(3), at('2025-06-09 09:00')))).toBe('2025-06-12 09:00');
  });

  it('handed over Friday 13/6 at 17:30, after office hours, the step counts from Monday 07:30', () => {
    expect(show(computeStepDue(phuYen, days(1), at('2025-06-13 17:30')))).toBe('2025-06-16 17:00');
  });

  it('4 working hours from Monday 10:00 run over the lunch break to 15:30', () => {
    expect(show(computeStepDue(phuYen, { amount: 4, unit: 'WORKING_HOURS' }, at('2025-06-09 10:00')))).toBe(
      '2025-06-09 15:30',
    );
  });
});

describe('planning an inter-level route (Decree 61/2018 art. 19.6–19.7)', () => {
  it('commune (3 days) → district (5) → province (7), a paper chain from Monday 9/6/2025 09:00', () => {
    const plan = planRouteSteps(phuYen, at('2025-06-09 09:00'), [
      { sequence: 1, agency: 'commune', allotted: days(3) },
      { sequence: 2, agency: 'district', allotted: days(5) },
      { sequence: 3, agency: 'province', allotted: days(7) },
    ]);
    expect(plan.map((step) => [step.agency, show(step.plannedStartMs), show(step.plannedDueAtMs)])).toEqual([
      ['commune', '2025-06-09 09:00', '2025-06-12 09:00'],
      ['district', '2025-06-12 09:00', '2025-06-19 09:00'],
      ['province', '2025-06-19 09:00', '2025-06-30 09:00'],
    ]);
  });

  it('a parallel group starts together and the next step waits for its slowest member', () => {
    const plan = planRouteSteps(phuYen, at('2025-06-09 09:00'), [
      { sequence: 1, agency: 'lead', allotted: days(1) },
      { sequence: 2, agency: 'tax office', allotted: days(2) },
      { sequence: 2, agency: 'land office', allotted: days(4) },
      { sequence: 3, agency: 'lead', allotted: days(1) },
    ]);
    expect(plan.map((step) => [step.agency, show(step.plannedStartMs), show(step.plannedDueAtMs)])).toEqual([
      ['lead', '2025-06-09 09:00', '2025-06-10 09:00'],
      ['tax office', '2025-06-10 09:00', '2025-06-12 09:00'],
      ['land office', '2025-06-10 09:00', '2025-06-16 09:00'],
      ['lead', '2025-06-16 09:00', '2025-06-17 09:00'],
    ]);
  });

  it('keeps the steps in their given order even when the sequences are not sorted', () => {
    const plan = planRouteSteps(phuYen, at('2025-06-09 09:00'), [
      { sequence: 2, allotted: days(1) },
      { sequence: 1, allotted: days(1) },
    ]);
    expect(plan.map((step) => step.sequence)).toEqual([2, 1]);
    expect(show(plan[0].plannedStartMs)).toBe('2025-06-10 09:00');
  });

  it('an empty route has no steps', () => {
    expect(planRouteSteps(phuYen, at('2025-06-09 09:00'), [])).toEqual([]);
  });
});
