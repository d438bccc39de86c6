import { toFen, type Fen } from './fen';

/**
 * Formats 分 for display: "¥12.30", "-¥3.00", "¥1234.50" (no thousands separator, as the mall's price tags show).
 * Works on the digit string rather than dividing by 100 so large amounts are never rounded by floating point.
 */
export function formatFen(amount: Fen): string {
  const value = toFen(amount);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(3, '0');
  const yuan = digits.slice(0, -2);
  const fen = digits.slice(-2);
  return `${sign}¥${yuan}.${fen}`;
}
