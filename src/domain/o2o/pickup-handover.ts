import { toFen, type Fen } from '../money/fen';

/** One order line as the counter sees it (a subset of the stored order line). */
export interface HandoverLineInput {
  lineId: string;
  title: string;
  specs: string;
  quantity: number;
}

/** What has been refunded on a line so far (absent: nothing). */
export interface LineRefund {
  refundedUnits: number;
  refundedFen: Fen;
}

export interface HandoverLine {
  lineId: string;
  title: string;
  specs: string;
  quantity: number;
  refundedUnits: number;
  refundedFen: Fen;
  /** What staff hand over: quantity − refunded units (never below 0). */
  handOverUnits: number;
}

/**
 * The goods a pickup hands over after partial refunds: refunded units stay at the counter. Both the shopper's pickup
 * card and staff 核销 read this, so they agree on what "refunded in full" means.
 */
export function pickupHandover(lines: readonly HandoverLineInput[], afterSale: Readonly<Record<string, LineRefund | undefined>> | undefined): HandoverLine[] {
  return lines.map((l) => {
    const refundedUnits = Math.min(l.quantity, afterSale?.[l.lineId]?.refundedUnits ?? 0);
    const refundedFen = afterSale?.[l.lineId]?.refundedFen ?? toFen(0);
    return { lineId: l.lineId, title: l.title, specs: l.specs, quantity: l.quantity, refundedUnits, refundedFen, handOverUnits: l.quantity - refundedUnits };
  });
}

export type PickupState = 'WAITING_PAYMENT' | 'READY' | 'VERIFIED' | 'REFUNDED' | 'CLOSED';

/**
 * The pickup card's state: VERIFIED once handed over; REFUNDED when a paid order was refunded in full (CLOSED; staff
 * would refuse it, so no code is offered); READY only for a paid order with something left to hand over.
 * `refundedInFull` is src/domain/order/kept-spend.ts's isRefundedInFull, the one rule for it.
 */
export function pickupState(input: { status: string; verified: boolean; refundedInFull: boolean }): PickupState {
  if (input.verified) return 'VERIFIED';
  if (input.status === 'PENDING_PAY') return 'WAITING_PAYMENT';
  if (input.status === 'CLOSED') return 'REFUNDED';
  if (input.status === 'PAID') return input.refundedInFull ? 'REFUNDED' : 'READY';
  return 'CLOSED';
}
