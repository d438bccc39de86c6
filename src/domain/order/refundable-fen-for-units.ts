import { toFen, type Fen } from '../money/fen';
import { refundFenForUnits } from './refund-fen-for-units';

/**
 * What returning `units` more units of a line gives back: their share of what was paid (refundFenForUnits), but never
 * more than is left after earlier refunds — money-only refunds may already have returned part of it.
 */
export function refundableFenForUnits(line: { amountFen: Fen; quantity: number }, done: { refundedFen: Fen; refundedUnits: number }, units: number): Fen {
  return toFen(Math.min(refundFenForUnits(line, done.refundedUnits, units), line.amountFen - done.refundedFen));
}
