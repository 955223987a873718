import { SAMPLE_FORM_INPUTS } from './form-samples';
import { assertContinuousRegister, nextRegisterNumber } from './register-numbering';

const vietnam = (local: string) => Date.parse(`${local}+07:00`);

describe('register numbers (continuous through the year at one desk)', () => {
  it('starts at 1 for the first receipt of a desk', () => {
    expect(nextRegisterNumber(null, vietnam('2020-01-02T08:00:00'))).toEqual({ year: 2020, number: 1 });
  });

  it('continues from the last number of the same year', () => {
    expect(nextRegisterNumber({ year: 2020, number: 57 }, vietnam('2020-03-05T08:30:00'))).toEqual({
      year: 2020,
      number: 58,
    });
  });

  it('starts again at 1 at 00:10 on 1 January in Vietnam, while it is still 31 December in UTC', () => {
    const newYear = vietnam('2021-01-01T00:10:00');
    expect(new Date(newYear).getUTCFullYear()).toBe(2020);
    expect(nextRegisterNumber({ year: 2020, number: 18_204 }, newYear)).toEqual({ year: 2021, number: 1 });
  });

  it('accepts a printed run of consecutive numbers of the register year', () => {
    expect(() => assertContinuousRegister(2020, SAMPLE_FORM_INPUTS.register.rows)).not.toThrow();
  });

  it('refuses a gap in the numbers', () => {
    const [first, , third] = SAMPLE_FORM_INPUTS.register.rows;
    expect(() => assertContinuousRegister(2020, [first, third])).toThrow(
      expect.objectContaining({ code: 'form-input-invalid', detail: expect.stringContaining('liên tục') }),
    );
  });

  it('refuses a dossier received in another year', () => {
    const [first] = SAMPLE_FORM_INPUTS.register.rows;
    expect(() => assertContinuousRegister(2021, [first])).toThrow(
      expect.objectContaining({ code: 'form-input-invalid', detail: expect.stringContaining('năm 2020') }),
    );
  });
});
