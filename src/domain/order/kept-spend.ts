import { toFen, type Fen } from '../money/fen';

export interface KeptLineInput {
  lineId: string;
  quantity: number;
  amountFen: Fen;
}

export interface LineRefundSoFar {
  refundedUnits: number;
  refundedFen: Fen;
}

type AfterSale = Readonly<Record<string, LineRefundSoFar | undefined>> | undefined;

/**
 * Whether the buyer kept anything of a paid order: some line with units and money not all refunded. A line refunded
 * in full — every unit back, or all its money (仅退款) — keeps nothing; an order whose every line is refunded in full
 * (a FAILED 拼团 is) is as if it had never been paid for the counters rules read.
 */
export function keepsAnything(lines: readonly KeptLineInput[], afterSale: AfterSale): boolean {
  return lines.some((l) => {
    const refunded = afterSale?.[l.lineId];
    return (refunded?.refundedUnits ?? 0) < l.quantity && (refunded?.refundedFen ?? 0) < l.amountFen;
  });
}

/** Nothing of the order is kept: every line has every unit or all its money back. Such an order is CLOSED. */
export function isRefundedInFull(lines: readonly KeptLineInput[], afterSale: AfterSale): boolean {
  return !keepsAnything(lines, afterSale);
}

/**
 * What a paid order adds to the buyer's spend: what they paid (goods and shipping) net of refunds, or nothing once
 * nothing of it is kept — the shipping of an order refunded in full buys the buyer no standing either.
 */
export function keptSpendFen(order: { lines: readonly KeptLineInput[]; totalFen: Fen }, afterSale: AfterSale): Fen {
  if (!keepsAnything(order.lines, afterSale)) return toFen(0);
  const refunded = order.lines.reduce((sum, l) => sum + (afterSale?.[l.lineId]?.refundedFen ?? 0), 0);
  return toFen(order.totalFen - refunded);
}
