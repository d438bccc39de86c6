import { toFen, type Fen } from './fen';

/**
 * What a person types as an amount in 元 ("12", "12.5", "12.50") to exact 分, without floating-point arithmetic
 * ("0.29" × 100 would be 28.999…). Null for anything else: signs, more than two decimals, empty, too large.
 */
export function parseYuan(input: string): Fen | null {
  const match = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(input.trim());
  if (!match) return null;
  const yuan = Number(match[1]);
  const fen = Number((match[2] ?? '').padEnd(2, '0'));
  return toFen(yuan * 100 + fen);
}
