import { foldVietnamese, parseSearchQuery, toPrefixTsQuery } from './search-query';

describe('Vietnamese search text', () => {
  it('folds case and every diacritic, đ included, like f_unaccent(lower())', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldVietnamese('Tiếng Việt Đà Nẵng ƯỚC ƠN ỹ')).toBe('tieng viet da nang uoc on y');
  });

  it('keeps letters and digits as words, at most 8, and spots code-like queries', () => {
    expect(parseSearchQuery('  Chứng thực,  bản sao! ')).toEqual({
      folded: 'chung thuc ban sao',
      words: ['chung', 'thuc', 'ban', 'sao'],
      codePrefix: null,
    });
    expect(parseSearchQuery('1.001193')).toMatchObject({ words: ['1', '001193'], codePrefix: '1.001193' });
    expect(parseSearchQuery('a b c d e f g h i j')?.words).toHaveLength(8);
    expect(parseSearchQuery(' !!! ')).toBeNull();
  });

  it('makes the last word a prefix, so results follow typing', () => {
    expect(toPrefixTsQuery(['khai', 'sin'])).toBe('khai & sin:*');
  });
});
