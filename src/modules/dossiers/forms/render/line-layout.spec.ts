import { layoutParagraph, type Measure, type StyledText } from './line-layout';

// One unit per character, bold characters a little wider: enough to see breaks and positions.
const measure: Measure = (text, style) => text.length * (style === 'bold' ? 1.2 : 1);
const fixed = (width: number) => () => width;

const runs: StyledText[] = [
  { text: 'Tiếp nhận hồ sơ của: ', style: 'regular' },
  { text: 'Nguyễn Thị Lan', style: 'bold' },
  { text: ', mã hồ sơ ', style: 'regular' },
  { text: 'H55-0001', style: 'bold' },
  { text: '.', style: 'regular' },
];

describe('layoutParagraph', () => {
  it('keeps the spaces around a bold value and glues punctuation to it', () => {
    const [line] = layoutParagraph(runs, fixed(200), 'left', measure);
    expect(line.map((fragment) => fragment.text).join('|')).toBe(
      'Tiếp nhận hồ sơ của: |Nguyễn Thị Lan|, mã hồ sơ |H55-0001|.',
    );
    // "Tiếp nhận hồ sơ của:" is 20 units, then a space (of the bold word's width), then the name.
    expect(line[1].x).toBeCloseTo(21.2, 5);
  });

  it('breaks between words and justifies every line but the last to the full width', () => {
    const lines = layoutParagraph(runs, fixed(30), 'justify', measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) {
      const last = line.at(-1)!;
      expect(last.x + measure(last.text, last.style)).toBeCloseTo(30, 5);
    }
    const lastLine = lines.at(-1)!;
    const end = lastLine.at(-1)!;
    expect(end.x + measure(end.text, end.style)).toBeLessThan(30);
  });

  it('centres a mixed line in the width', () => {
    const [line] = layoutParagraph(
      [
        { text: 'Mã hồ sơ: ', style: 'regular' },
        { text: 'ABC', style: 'bold' },
      ],
      fixed(40),
      'center',
      measure,
    );
    const width = 'Mã hồ sơ:'.length + 1.2 + 3 * 1.2;
    expect(line[0].x).toBeCloseTo((40 - width) / 2, 5);
  });

  it('cuts a word longer than the line, such as a URL', () => {
    const lines = layoutParagraph(
      [{ text: 'https://motcua.example/tra-cuu-ho-so', style: 'regular' }],
      fixed(10),
      'left',
      measure,
    );
    expect(lines.map((line) => line[0].text).join('')).toBe('https://motcua.example/tra-cuu-ho-so');
    expect(lines.every((line) => line[0].text.length <= 10)).toBe(true);
  });

  it('gives the first lines the narrower width beside the QR code', () => {
    const lines = layoutParagraph(
      [{ text: 'một hai ba bốn năm sáu bảy tám chín mười', style: 'regular' }],
      (index) => (index === 0 ? 8 : 40),
      'left',
      measure,
    );
    expect(lines[0].map((fragment) => fragment.text)).toEqual(['một hai']);
    expect(lines[1].map((fragment) => fragment.text)).toEqual(['ba bốn năm sáu bảy tám chín mười']);
  });

  it('starts a new line at a line break', () => {
    const lines = layoutParagraph(
      [{ text: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', style: 'bold' }],
      fixed(100),
      'left',
      measure,
    );
    expect(lines.map((line) => line.map((fragment) => fragment.text).join(''))).toEqual([
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
  });
});
