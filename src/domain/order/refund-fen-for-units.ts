import { toFen, type Fen } from '../money/fen';

/**
 * The units' share of what was paid for a line, cut on cumulative floors so that refunding every unit, in any
 * number of steps, returns exactly the line amount (1 of 3 units of 1000 分 = 333, then 333, then 334).
 */
export function refundFenForUnits(line: { amountFen: Fen; quantity: number }, unitsBefore: number, units: number): Fen {
  const cut = (n: number) => Math.floor((line.amountFen * n) / line.quantity);
  return toFen(cut(unitsBefore + units) - cut(unitsBefore));
}
