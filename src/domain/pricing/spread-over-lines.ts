import { allocate } from '../money/allocate';
import { sumFen, toFen, type Fen } from '../money/fen';
import type { PricedCartLine } from './priced-cart-line';

/**
 * Splits an order-level amount over the named lines by what each still costs. The amount never exceeds their sum
 * (each promotion caps itself), and a largest-remainder part is at most ceil(amount × w / Σw) ≤ w, so no line goes
 * below zero. It writes into the lines priceCart is building, which are its own fresh copies, never the input.
 */
export function spreadOverLines(
  lines: PricedCartLine[],
  lineIds: readonly string[],
  amountFen: Fen,
  field: 'fullReductionFen' | 'couponFen' | 'pointsFen',
): void {
  const targets = lines.filter((l) => lineIds.includes(l.lineId));
  if (targets.length === 0 || amountFen === 0) return;
  const base = sumFen(targets.map((l) => l.paidFen));
  if (amountFen > base) throw new Error(`spreadOverLines: ${field} ${amountFen} exceeds the goods it applies to (${base})`);
  const parts = allocate(amountFen, targets.map((l) => l.paidFen));
  targets.forEach((line, k) => {
    const part = parts[k] ?? toFen(0);
    line[field] = part;
    line.paidFen = toFen(line.paidFen - part);
  });
}
