import { toFen, type Fen } from '../money/fen';

/** How a line (or an order) stands with refunds, as the shopper reads it: 退款中 / 部分退款 / 已退款. */
export type RefundState = 'NONE' | 'REFUNDING' | 'PARTIAL' | 'FULL';

export const REFUND_STATE_LABELS: Readonly<Record<Exclude<RefundState, 'NONE'>, string>> = { REFUNDING: '退款中', PARTIAL: '部分退款', FULL: '已退款' };

export interface RefundOfLine {
  fen: Fen;
  /** WeChat Pay confirmed the money went back (channel SUCCESS). */
  arrived: boolean;
}

/**
 * A line's refund state: REFUNDING while some refund of it has not reached the shopper yet, FULL once every unit or
 * all its money is back (the rule kept-spend.ts uses), PARTIAL for anything less; `fen` is what was refunded so far.
 */
export function lineRefundState(
  line: { quantity: number; amountFen: Fen },
  done: { refundedUnits: number; refundedFen: Fen } | undefined,
  refunds: readonly RefundOfLine[],
): { state: RefundState; fen: Fen } {
  const fen = done?.refundedFen ?? toFen(0);
  if (refunds.some((r) => !r.arrived)) return { state: 'REFUNDING', fen };
  if (!done || (done.refundedUnits === 0 && done.refundedFen === 0)) return { state: 'NONE', fen };
  const full = done.refundedUnits >= line.quantity || done.refundedFen >= line.amountFen;
  return { state: full ? 'FULL' : 'PARTIAL', fen };
}

/** The order's: REFUNDING if any line is, FULL if every line is, PARTIAL if any money went back. */
export function orderRefundState(lineStates: ReadonlyArray<{ state: RefundState; fen: Fen }>): { state: RefundState; fen: Fen } {
  const fen = toFen(lineStates.reduce((sum, l) => sum + l.fen, 0));
  if (lineStates.some((l) => l.state === 'REFUNDING')) return { state: 'REFUNDING', fen };
  if (lineStates.length > 0 && lineStates.every((l) => l.state === 'FULL')) return { state: 'FULL', fen };
  return { state: fen > 0 ? 'PARTIAL' : 'NONE', fen };
}
