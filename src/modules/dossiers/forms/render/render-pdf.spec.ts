import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { create as createQr } from 'qrcode';
import { type FormInput, type HistoryRow, type ProcessControlInput } from '../domain/form-input';
import { SAMPLE_FORM_INPUTS } from '../domain/form-samples';
import { FORM_SET_2018 } from '../domain/form-set-2018';
import { FORM_SET_2025 } from '../domain/form-set-2025';
import { parseLookupQrPayload } from '../domain/lookup-qr';
import { renderFormJson, renderFormPdf } from '../form-rendering';
import { FormsService } from '../forms.service';
import { formFonts } from './pdf-fonts';

const REPO_ROOT = path.resolve(__dirname, '../../../../..');
// Git-ignored: open these to look at the forms.
const OUTPUT_DIR = path.join(REPO_ROOT, 'test-output', 'forms');
const DOSSIER_CODE = SAMPLE_FORM_INPUTS.receipt.dossierCode;

// The samples moved to October 2025, so that the 2025 set applies (every instant shifted alike).
const SHIFT_TO_2025 = Date.parse('2025-10-02T00:00:00Z') - Date.parse('2020-03-05T00:00:00Z');
function in2025(input: FormInput): FormInput {
  const shifted = JSON.parse(JSON.stringify(input), (key, value: unknown) =>
    typeof value === 'number' && (/At$/.test(key) || key === 'at' || key === 'periodFrom')
      ? value + SHIFT_TO_2025
      : value,
  ) as FormInput;
  return shifted.kind === 'register' ? { ...shifted, year: 2025 } : shifted;
}

interface Case {
  readonly name: string;
  readonly input: FormInput;
  readonly form: string;
  readonly size: 'A5' | 'A4-landscape';
  readonly texts: readonly string[];
}

const COMMON_TEXTS = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND XÃ AN MỸ'];
const DOSSIER_TEXTS = [...COMMON_TEXTS, 'Nguyễn Thị Lan', 'Đăng ký khai sinh'];
const TEXTS_BY_KIND: Record<FormInput['kind'], readonly string[]> = {
  receipt: [
    ...DOSSIER_TEXTS,
    'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    'Giấy tiếp nhận hồ sơ',
    'Tiếp nhận hồ sơ của: Nguyễn Thị Lan',
    'Giấy chứng nhận kết hôn của cha, mẹ',
    'Bản sao có chứng thực',
    '16.000 đồng',
    'NGƯỜI TIẾP NHẬN HỒ SƠ',
    `Mã hồ sơ: ${DOSSIER_CODE}`,
  ],
  'supplement-request': [
    ...DOSSIER_TEXTS,
    'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    'Bản chính Giấy chứng sinh',
  ],
  refusal: [
    ...DOSSIER_TEXTS,
    'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    'không tiếp nhận, giải quyết hồ sơ',
  ],
  apology: [...DOSSIER_TEXTS, 'Sự chậm trễ này đã gây phiền hà', 'Lê Văn Đức'],
  'stop-notice': [...DOSSIER_TEXTS, 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'thông báo dừng giải quyết hồ sơ'],
  'process-control': [
    ...DOSSIER_TEXTS,
    'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
  ],
  register: [
    ...COMMON_TEXTS,
    'SỔ THEO DÕI HỒ SƠ',
    'Huỳnh Ngọc Ánh',
    'Đặng Quốc Hưng',
    'Trả kết quả cho cá nhân, tổ chức',
  ],
};

const CASES: Case[] = [
  ...FORM_SET_2018.forms.map((form) => ({ set: '2018', form, input: SAMPLE_FORM_INPUTS[form.kind] })),
  ...FORM_SET_2025.forms.map((form) => ({ set: '2025', form, input: in2025(SAMPLE_FORM_INPUTS[form.kind]) })),
].map(({ set, form, input }) => ({
  name: `${set}-mau-${form.number}-${form.kind}`,
  input,
  form: form.number,
  size: form.paper.size === 'A5' ? 'A5' : 'A4-landscape',
  texts: TEXTS_BY_KIND[form.kind],
}));

interface ExtractedPage {
  readonly view: number[];
  readonly text: string;
}

// pdf.js (through unpdf) reads the files back as a PDF reader would. It is an ES module that
// Jest's CommonJS runtime cannot load, so it runs in a child Node process.
const EXTRACT = `
import { readFileSync, writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
const [output, ...files] = process.argv.slice(1);
const result = {};
for (const file of files) {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join('');
    pages.push({ view: page.view, text });
  }
  result[file] = pages;
}
writeFileSync(output, JSON.stringify(result));
`;

async function extractWithPdfJs(files: readonly string[]): Promise<Record<string, ExtractedPage[]>> {
  const output = path.join(OUTPUT_DIR, 'extracted.json');
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', EXTRACT, output, ...files], {
    cwd: REPO_ROOT,
  });
  return JSON.parse(readFileSync(output, 'utf8')) as Record<string, ExtractedPage[]>;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');
const pageSize = (view: number[]) => [Math.round(view[2] - view[0]), Math.round(view[3] - view[1])];
const PAGE_SIZES = { A5: [420, 595], 'A4-landscape': [842, 595] } as const;

function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(rgba, width, height)?.data ?? null;
}

describe('PDF rendering of every form of both sets', () => {
  const files = new Map<string, string>();
  const bytes = new Map<string, Buffer>();
  let extracted: Record<string, ExtractedPage[]>;

  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const formCase of CASES) {
      const pdf = await renderFormPdf(formCase.form, formCase.input);
      const file = path.join(OUTPUT_DIR, `${formCase.name}.pdf`);
      writeFileSync(file, pdf);
      files.set(formCase.name, file);
      bytes.set(formCase.name, pdf);
    }
    extracted = await extractWithPdfJs([...files.values()]);
  });

  it.each(CASES.map((formCase) => [formCase.name, formCase] as const))(
    '%s parses as a PDF on the right paper and shows its Vietnamese text',
    (name, formCase) => {
      const pdf = bytes.get(name)!;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
      const pages = extracted[files.get(name)!];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pageSize(pages[0].view)).toEqual(PAGE_SIZES[formCase.size]);
      const text = squash(pages.map((page) => page.text).join('\n'));
      for (const expected of formCase.texts) {
        expect(text).toContain(expected);
      }
    },
  );

  it('fits the sample receipt, with its 4 documents, signatures and notes, on one A5 page', () => {
    expect(extracted[files.get('2018-mau-01-receipt')!]).toHaveLength(1);
  });

  it('embeds subsets of DejaVu Serif Condensed and no standard (non-Vietnamese) font', () => {
    const raw = bytes.get('2018-mau-01-receipt')!.toString('latin1');
    // Each font appears twice (Type0 and its CIDFont), with one embedded TrueType file.
    const embedded = new Set(
      [...raw.matchAll(/\/BaseFont \/[A-Z]{6}\+(DejaVuSerifCondensed[-A-Za-z]*)/g)].map((match) => match[1]),
    );
    expect(embedded).toEqual(
      new Set([
        'DejaVuSerifCondensed',
        'DejaVuSerifCondensed-Bold',
        'DejaVuSerifCondensed-Italic',
        'DejaVuSerifCondensed-BoldItalic',
      ]),
    );
    expect(raw.match(/\/FontFile2/g)?.length).toBe(embedded.size);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('prints the receipt dates in Vietnam time although the machine runs in Los Angeles time', () => {
    const text = squash(extracted[files.get('2018-mau-01-receipt')!][0].text);
    expect(text).toContain('Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05/03/2020');
    expect(text).toContain('An Mỹ, ngày 05 tháng 3 năm 2020');
  });

  it('renders the same bytes for the same input (the creation date is the form date)', async () => {
    const again = await renderFormPdf('01', SAMPLE_FORM_INPUTS.receipt);
    expect(again.equals(bytes.get('2018-mau-01-receipt')!)).toBe(true);
  });

  it('continues a long control sheet on further pages, repeating the table header', async () => {
    const base = SAMPLE_FORM_INPUTS['process-control'];
    const history: HistoryRow[] = Array.from({ length: 24 }, (_, index) => ({
      ...base.history[index % base.history.length],
      note: `Bước ${index + 1}`,
    }));
    const input: ProcessControlInput = { ...base, history };
    const file = path.join(OUTPUT_DIR, 'long-process-control.pdf');
    writeFileSync(file, await renderFormPdf('05', input));
    const pages = (await extractWithPdfJs([file]))[file];
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, page] of pages.entries()) {
      const text = squash(page.text);
      expect(text).toContain('Thời gian giao, nhận hồ sơ');
      expect(text).toContain(`Trang ${index + 1}/${pages.length}`);
    }
    expect(squash(pages.map((page) => page.text).join(' '))).toContain('Bước 24');
  });

  it('draws a QR code that decodes to the lookup URL carrying the dossier code', () => {
    const { payload } = renderFormJson('01', SAMPLE_FORM_INPUTS.receipt).qr!;
    // The same module matrix the renderer draws, rasterised with a quiet zone.
    const modules = createQr(payload, { errorCorrectionLevel: 'M' }).modules;
    const scale = 4;
    const side = (modules.size + 8) * scale;
    const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let y = 0; y < side; y += 1) {
      for (let x = 0; x < side; x += 1) {
        const row = Math.floor(y / scale) - 4;
        const column = Math.floor(x / scale) - 4;
        const isDark =
          row >= 0 && column >= 0 && row < modules.size && column < modules.size && modules.get(row, column);
        if (isDark) {
          rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
    }
    const decoded = decodeQr(rgba, side, side);
    expect(parseLookupQrPayload(decoded!)).toEqual({
      dossierCode: DOSSIER_CODE,
      lookupUrl: SAMPLE_FORM_INPUTS.receipt.lookupUrl,
    });
  });

  const hasPdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;
  // poppler-utils is optional: where it is installed, the printed page itself is scanned.
  (hasPdftoppm ? it : it.skip)('scans the QR code off the rendered receipt page (pdftoppm)', () => {
    const file = files.get('2018-mau-01-receipt')!;
    spawnSync('pdftoppm', [
      '-png',
      '-r',
      '110',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      file.replace(/\.pdf$/, ''),
    ]);
    const prefix = path.join(OUTPUT_DIR, 'receipt-qr');
    // The top right quarter at 200 dpi, as grey levels (PGM: a short header, then one byte a pixel).
    const crop = [
      '-gray',
      '-r',
      '200',
      '-f',
      '1',
      '-l',
      '1',
      '-x',
      '580',
      '-y',
      '0',
      '-W',
      '580',
      '-H',
      '500',
    ];
    spawnSync('pdftoppm', [...crop, '-singlefile', file, prefix]);
    const pgm = readFileSync(`${prefix}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 30).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const grey = pgm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    grey.forEach((level, index) => rgba.set([level, level, level, 255], index * 4));
    expect(parseLookupQrPayload(decodeQr(rgba, width, height)!)?.dossierCode).toBe(DOSSIER_CODE);
  });

  it('has a glyph for every Vietnamese letter in all four font styles', () => {
    const lower = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
    const letters = [...lower, ...lower.toUpperCase()];
    for (const font of Object.values(formFonts())) {
      expect(letters.filter((letter) => !font.hasGlyphForCodePoint(letter.codePointAt(0)!))).toEqual([]);
    }
  });

  it('is offered as a Nest provider that renders the same', async () => {
    const service = new FormsService();
    expect(service.renderJson('receipt', SAMPLE_FORM_INPUTS.receipt)).toEqual(
      renderFormJson('01', SAMPLE_FORM_INPUTS.receipt),
    );
    expect(
      (await service.renderPdf('01', SAMPLE_FORM_INPUTS.receipt)).equals(bytes.get('2018-mau-01-receipt')!),
    ).toBe(true);
  });
});
