import { buildWorkingCalendar } from '../../calendar/domain/engine';
import { atVietnamTime as at, buildPhuYenDefinition } from '../../calendar/domain/engine/test-fixtures';
import { type DossierClock } from './dossier-clock';
import { handlingWorkingMinutes } from './handling-time';

const phuYen = buildWorkingCalendar(buildPhuYenDefinition());
const clock = (pauses: DossierClock['pauses'] = []) =>
  ({ receivedAtMs: at('2025-06-09 09:00'), pauses }) as unknown as DossierClock;

describe('handling time of a resolved dossier, in working minutes', () => {
  it('counts office hours only: Monday 9:00 to Tuesday 9:00 is one working day (480 minutes)', () => {
    expect(handlingWorkingMinutes(phuYen, clock(), at('2025-06-10 09:00'))).toBe(480);
  });

  it('leaves out the time the clock waited for the citizen', () => {
    const waited = clock([
      { reason: 'FINANCIAL_OBLIGATION', fromMs: at('2025-06-09 13:30'), toMs: at('2025-06-09 17:00') },
    ]);
    expect(handlingWorkingMinutes(phuYen, waited, at('2025-06-10 09:00'))).toBe(480 - 210);
  });

  it('a weekend in between adds nothing', () => {
    const friday = { receivedAtMs: at('2025-06-13 09:00'), pauses: [] } as unknown as DossierClock;
    expect(handlingWorkingMinutes(phuYen, friday, at('2025-06-16 09:00'))).toBe(480);
  });

  it('gives whole minutes whatever the seconds of the instants', () => {
    const received = { receivedAtMs: at('2025-06-09 09:00') + 20_000, pauses: [] } as unknown as DossierClock;
    expect(handlingWorkingMinutes(phuYen, received, at('2025-06-09 09:05') + 51_000)).toBe(6);
  });
});
