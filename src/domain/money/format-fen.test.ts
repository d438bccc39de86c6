import { formatFen } from './format-fen';
import { toFen, type Fen } from './fen';

describe('formatFen', () => {
  it.each([
    [1230, '¥12.30'],
    [5, '¥0.05'],
    [50, '¥0.50'],
    [0, '¥0.00'],
    [-300, '-¥3.00'],
    [-5, '-¥0.05'],
    [123450, '¥1234.50'],
    [100, '¥1.00'],
    [Number.MAX_SAFE_INTEGER, '¥90071992547409.91'],
  ])('formats %p 分 as %p', (fen, text) => {
    expect(formatFen(toFen(fen))).toBe(text);
  });

  it('refuses a non-integer amount', () => {
    expect(() => formatFen(12.5 as Fen)).toThrow('金额必须是以分为单位的整数');
  });
});
