import { type FormSet } from './form-set';
import { FORM_SET_2018 } from './form-set-2018';
import { FORM_SET_2025 } from './form-set-2025';
import { checkFormSet, checkFormSets } from './form-set-check';
import { BUILT_IN_FORM_SETS, findForm, findFormFor, selectFormSet } from './form-set-selection';

const vietnam = (local: string) => Date.parse(`${local}+07:00`);

describe('form sets as data', () => {
  it('has valid built-in sets whose validity neither overlaps nor leaves a gap', () => {
    expect(checkFormSets(BUILT_IN_FORM_SETS)).toEqual([]);
    expect(FORM_SET_2018.validTo).toBe('2025-09-14');
    expect(FORM_SET_2025.validFrom).toBe('2025-09-15');
  });

  it('lays out the 2018 set as Mẫu 01-06, the register A4 landscape and the others A5', () => {
    expect(FORM_SET_2018.forms.map((form) => `${form.number} ${form.kind} ${form.paper.size}`)).toEqual([
      '01 receipt A5',
      '02 supplement-request A5',
      '03 refusal A5',
      '04 apology A5',
      '05 process-control A5',
      '06 register A4',
    ]);
    expect(findForm(FORM_SET_2018, '06').paper.orientation).toBe('landscape');
  });

  it('adds the stop notice as Mẫu 05 in 2025 and renumbers the control sheet 06 and the register 07', () => {
    expect(FORM_SET_2025.forms.map((form) => `${form.number} ${form.kind}`)).toEqual([
      '01 receipt',
      '02 supplement-request',
      '03 refusal',
      '04 apology',
      '05 stop-notice',
      '06 process-control',
      '07 register',
    ]);
    expect(FORM_SET_2025.isConfirmed).toBe(false);
  });

  it('selects the set by the receipt day in Vietnam', () => {
    expect(selectFormSet(vietnam('2020-03-05T08:30:00')).id).toBe('TT01-2018');
    expect(selectFormSet(vietnam('2025-09-14T23:59:00')).id).toBe('TT01-2018');
    // 00:00 on 15 September in Vietnam is 14 September 17:00 UTC.
    expect(selectFormSet(vietnam('2025-09-15T00:00:00')).id).toBe('TT03-2025');
    expect(selectFormSet(vietnam('2026-06-01T09:00:00')).id).toBe('TT03-2025');
  });

  it('has no set for a receipt before Circular 01/2018 took effect', () => {
    expect(() => selectFormSet(vietnam('2019-01-05T10:00:00'))).toThrow(
      expect.objectContaining({ code: 'form-set-not-found', kind: 'not-found' }),
    );
  });

  it('finds a form by number or by kind', () => {
    expect(findForm(FORM_SET_2018, '1').kind).toBe('receipt');
    expect(findForm(FORM_SET_2018, '05').kind).toBe('process-control');
    expect(findForm(FORM_SET_2025, '05').kind).toBe('stop-notice');
    expect(findForm(FORM_SET_2025, 'process-control').number).toBe('06');
    expect(() => findForm(FORM_SET_2018, 'stop-notice')).toThrow(
      expect.objectContaining({ code: 'form-not-found' }),
    );
    expect(() => findForm(FORM_SET_2018, '99')).toThrow(expect.objectContaining({ code: 'form-not-found' }));
  });

  it('refuses to fill a form of another kind (Mẫu 05 of 2025 is no control sheet)', () => {
    expect(() => findFormFor(FORM_SET_2025, '05', 'process-control')).toThrow(
      expect.objectContaining({ code: 'form-kind-mismatch' }),
    );
  });
});

describe('checkFormSet', () => {
  const withReceipt = (change: (set: FormSet) => FormSet): FormSet => change(FORM_SET_2018);

  it('finds a placeholder the input kind does not offer', () => {
    const broken = withReceipt((set) => ({
      ...set,
      forms: set.forms.map((form) =>
        form.kind === 'receipt'
          ? { ...form, sections: [...form.sections, { kind: 'text', template: 'Lý do: {apologyReason}' }] }
          : form,
      ),
    }));
    expect(checkFormSet(broken)).toEqual([expect.stringContaining('mẫu 01: trường {apologyReason}')]);
  });

  it('finds a list or table the kind cannot fill and column widths that do not add up', () => {
    const broken = withReceipt((set) => ({
      ...set,
      forms: set.forms.map((form) =>
        form.kind === 'refusal'
          ? {
              ...form,
              sections: [
                { kind: 'list', heading: 'Phí:', source: 'fees', emptyText: 'Không' },
                {
                  kind: 'documents',
                  heading: 'Giấy tờ',
                  columns: [{ key: 'name', header: 'Tên', width: 0.5 }],
                },
              ],
            }
          : form,
      ),
    }));
    expect(checkFormSet(broken)).toEqual([
      'mẫu 03: danh sách fees không có trong dữ liệu "refusal"',
      'mẫu 03: bảng documents không dùng được cho "refusal"',
      'mẫu 03: bảng documents: tổng độ rộng cột là 0.500, phải là 1',
    ]);
  });

  it('finds duplicate numbers, and sets that overlap or leave days uncovered', () => {
    const duplicate = { ...FORM_SET_2018, forms: [...FORM_SET_2018.forms, FORM_SET_2018.forms[0]] };
    expect(checkFormSet(duplicate)).toEqual(['trùng số hiệu mẫu', 'trùng loại mẫu']);
    const open2018 = { ...FORM_SET_2018, validTo: null };
    expect(checkFormSets([open2018, FORM_SET_2025])).toEqual([
      'TT01-2018 và TT03-2025 có thời gian áp dụng chồng lên nhau',
    ]);
    const early2018 = { ...FORM_SET_2018, validTo: '2025-08-31' };
    expect(checkFormSets([FORM_SET_2025, early2018])).toEqual([
      'không có bộ biểu mẫu cho hồ sơ tiếp nhận từ 2025-09-01 đến trước 2025-09-15',
    ]);
  });
});
