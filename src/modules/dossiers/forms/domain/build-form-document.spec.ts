import { buildFormDocument, NATIONAL_MOTTO, NATIONAL_NAME } from './build-form-document';
import { type FormBlock, type FormDocument, type TextRun } from './form-document';
import { type FormInput, type ReceiptInput } from './form-input';
import { SAMPLE_FORM_INPUTS } from './form-samples';
import { FORM_SET_2018 } from './form-set-2018';
import { FORM_SET_2025 } from './form-set-2025';
import { findForm } from './form-set-selection';
import { BLANK } from './form-templates';

const receipt = SAMPLE_FORM_INPUTS.receipt;
const build = (input: FormInput, set = FORM_SET_2018): FormDocument =>
  buildFormDocument(set, findForm(set, input.kind), input);
const text = (runs: readonly TextRun[]) => runs.map((run) => run.text).join('');
const lines = (model: FormDocument): string[] =>
  model.blocks.flatMap((block) => (block.kind === 'text' ? [text(block.runs)] : []));
const blockOf = <Kind extends FormBlock['kind']>(model: FormDocument, kind: Kind) =>
  model.blocks.find((block): block is Extract<FormBlock, { kind: Kind }> => block.kind === kind)!;

describe('buildFormDocument: Mẫu 01 receipt', () => {
  const model = build(receipt);

  it('carries the letterhead, the national name and motto and the place-date line', () => {
    expect(model.header).toEqual({
      agencyLines: ['UBND HUYỆN TUY AN', 'UBND XÃ AN MỸ'],
      reference: [
        { text: 'Số: ', isValue: false },
        { text: BLANK, isValue: false },
      ],
      nationalName: NATIONAL_NAME,
      motto: NATIONAL_MOTTO,
      placeDate: 'An Mỹ, ngày 05 tháng 3 năm 2020',
    });
    expect(NATIONAL_NAME).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(NATIONAL_MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('names the form, its set and the dossier, with the QR payload', () => {
    expect(model).toMatchObject({
      formSetId: 'TT01-2018',
      formNumber: '01',
      kind: 'receipt',
      title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
      paper: { size: 'A5', orientation: 'portrait' },
      dossierCode: '000.21.30.H55-200305-0001',
      qr: { payload: 'https://motcua.phuyen.example/tra-cuu-ho-so?code=000.21.30.H55-200305-0001' },
    });
    expect(model.subtitles.map(text)).toEqual(['Mã hồ sơ: 000.21.30.H55-200305-0001']);
  });

  it('prints the applicant, the procedure and the times in Vietnam time, values marked as values', () => {
    expect(lines(model)).toEqual(
      expect.arrayContaining([
        'Tiếp nhận hồ sơ của: Nguyễn Thị Lan',
        'Nội dung yêu cầu giải quyết: Đăng ký khai sinh',
        '4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05/03/2020',
        '5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 30 phút, ngày 12/03/2020',
        'Vào Sổ theo dõi hồ sơ, Quyển số: 01/2020, Số thứ tự: 57',
      ]),
    );
    const applicant = model.blocks.find(
      (block) => block.kind === 'text' && text(block.runs).startsWith('Tiếp nhận'),
    );
    expect(applicant).toMatchObject({
      runs: [{ isValue: false }, { text: 'Nguyễn Thị Lan', isValue: true }],
    });
  });

  it('shows the identity number masked to its last 4 digits only', () => {
    expect(lines(model)).toContain('Số định danh cá nhân: ********1234');
    expect(JSON.stringify(model)).not.toContain('054190001234');
  });

  it('lists the received documents with original/copy and quantity, and the fees in đồng', () => {
    const table = blockOf(model, 'table');
    expect(table.heading).toBe('1. Thành phần hồ sơ nộp gồm:');
    expect(table.columns.map((column) => column.header)).toEqual([
      'STT',
      'Tên giấy tờ',
      'Hình thức',
      'Số lượng',
    ]);
    expect(table.rows[2]).toEqual(['3', 'Giấy chứng nhận kết hôn của cha, mẹ', 'Bản sao có chứng thực', '1']);
    expect(blockOf(model, 'list').items).toEqual([
      'Lệ phí đăng ký khai sinh: Miễn lệ phí',
      'Phí cấp bản sao trích lục khai sinh (02 bản): 16.000 đồng',
    ]);
  });

  it('names the signers: the applicant and the receiving clerk', () => {
    expect(blockOf(model, 'signatures').signers).toEqual([
      { title: 'NGƯỜI NỘP HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Thị Lan' },
      { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', hint: '(Ký và ghi rõ họ tên)', name: 'Trần Văn Bình' },
    ]);
  });

  it('leaves dots where a value is missing and drops a line whose value is optional', () => {
    const sparse: ReceiptInput = {
      ...receipt,
      applicant: { ...receipt.applicant, idNumber: null, address: null },
      registerEntry: null,
      lookupSecret: null,
      fees: [],
    };
    const printed = lines(build(sparse));
    expect(printed).toContain(`Địa chỉ: ${BLANK}`);
    expect(printed).toContain(`Vào Sổ theo dõi hồ sơ, Quyển số: ${BLANK}, Số thứ tự: ${BLANK}`);
    expect(printed.some((line) => line.startsWith('Số định danh'))).toBe(false);
    expect(printed.some((line) => line.startsWith('Mã tra cứu'))).toBe(false);
    expect(blockOf(build(sparse), 'list')).toMatchObject({ items: [], emptyText: 'Không' });
  });

  it('normalises decomposed Vietnamese (combining marks) to NFC', () => {
    const decomposed = 'Nguyễn Thị Lan'.normalize('NFD');
    expect(decomposed).not.toBe('Nguyễn Thị Lan');
    const model = build({ ...receipt, applicant: { ...receipt.applicant, name: decomposed } });
    expect(lines(model)).toContain('Tiếp nhận hồ sơ của: Nguyễn Thị Lan');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('refuses an input of another kind', () => {
    expect(() => buildFormDocument(FORM_SET_2018, findForm(FORM_SET_2018, '02'), receipt)).toThrow(
      expect.objectContaining({ code: 'form-kind-mismatch' }),
    );
  });
});

describe('buildFormDocument: the other forms', () => {
  it('Mẫu 02 lists what to supplement, without a QR code while the dossier has no code', () => {
    const model = build(SAMPLE_FORM_INPUTS['supplement-request']);
    expect(model.qr).toBeNull();
    expect(model.subtitles).toEqual([]);
    expect(blockOf(model, 'list').items).toHaveLength(2);
    expect(lines(model)).toContain(
      'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với Ông Trần Văn Bình, số điện thoại 0257 3868 123 để được hướng dẫn./.',
    );
  });

  it('Mẫu 03 gives the refusal reasons', () => {
    const model = build(SAMPLE_FORM_INPUTS.refusal);
    expect(text(blockOf(model, 'list').heading)).toContain('thông báo không tiếp nhận, giải quyết hồ sơ');
    expect(blockOf(model, 'list').items[0]).toContain('thẩm quyền');
  });

  it('Mẫu 04 apologises and gives the new appointment, signed by the head with his title', () => {
    const model = build(SAMPLE_FORM_INPUTS.apology);
    expect(lines(model).join('\n')).toContain(
      'hẹn lại thời gian trả kết quả giải quyết hồ sơ vào 14 giờ 00 phút, ngày 16/03/2020',
    );
    expect(blockOf(model, 'signatures').signers).toEqual([
      { title: 'CHỦ TỊCH', hint: '(Ký, ghi rõ họ tên và đóng dấu)', name: 'Lê Văn Đức' },
    ]);
  });

  it('Mẫu 05 has one row per hand-over with its step result', () => {
    const table = blockOf(build(SAMPLE_FORM_INPUTS['process-control']), 'table');
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toEqual([
      'Giao: Bộ phận TN&TKQ\nNhận: Tư pháp - Hộ tịch',
      'Chuyển xử lý: 08 giờ 45 phút, ngày 05/03/2020\nNgười giao: Trần Văn Bình\nNgười nhận: Võ Thị Mai',
      '08 giờ 30 phút, ngày 10/03/2020',
      'Trước hạn',
      '',
    ]);
    expect(table.rows.map((row) => row[3])).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn']);
  });

  it('Mẫu 06 numbers the register rows and stacks date above time', () => {
    const model = build(SAMPLE_FORM_INPUTS.register);
    expect(model.paper).toEqual({ size: 'A4', orientation: 'landscape' });
    expect(model.qr).toBeNull();
    const table = blockOf(model, 'table');
    expect(table.columns).toHaveLength(13);
    expect(table.rows.map((row) => row[0])).toEqual(['57', '58', '59']);
    expect(table.rows[0][7]).toBe('05/03/2020\n08 giờ 30 phút');
  });

  it('Mẫu 06 refuses a register page with a gap in its numbers', () => {
    const register = SAMPLE_FORM_INPUTS.register;
    expect(() => build({ ...register, rows: [register.rows[0], register.rows[2]] })).toThrow(
      expect.objectContaining({ code: 'form-input-invalid' }),
    );
  });

  it('2025 Mẫu 05 is the stop notice', () => {
    const model = build(
      { ...SAMPLE_FORM_INPUTS['stop-notice'], receivedAt: Date.parse('2025-10-01T09:00:00+07:00') },
      FORM_SET_2025,
    );
    expect(model).toMatchObject({
      formSetId: 'TT03-2025',
      formNumber: '05',
      title: 'Thông báo dừng giải quyết hồ sơ',
    });
    expect(lines(model).join('\n')).toContain('UBND xã An Mỹ thông báo dừng giải quyết hồ sơ nêu trên');
  });
});
