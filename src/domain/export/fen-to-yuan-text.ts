import { toFen, type Fen } from '../money/fen';

/**
 * 分 as a plain yuan number with two decimals ("12.30", "-3.00", "0.05") for a CSV cell: no ¥, no separators, so a
 * spreadsheet reads it as a number. Formatting happens only here, at the edge; everything else stays in 分.
 */
export function fenToYuanText(amount: Fen): string {
  const value = toFen(amount);
  const digits = String(Math.abs(value)).padStart(3, '0');
  return `${value < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
