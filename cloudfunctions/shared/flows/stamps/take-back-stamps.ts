import type { OrderDoc, OrderLineDoc } from '../../kernel/docs/docs';
import type { DocOps } from '../../kernel/store/store';
import { revokeStampsInTx, stampId } from './award-stamps';
import { readStampCards } from './stamp-registry';

/**
 * In a refund's transaction: a line refunded in full gives back the stamp it earned (a product line, or the 优惠买单
 * line); an order refunded in full gives back its pickup stamp. Every card is checked, running or not — a stamp given
 * before a card ended is still taken back. Rewards already granted stay (the card owes the stamps).
 */
export async function takeBackStamps(tx: DocOps, order: Pick<OrderDoc, '_id'>, line: Pick<OrderLineDoc, 'lineId' | 'amountFen'>, lineRefundedFen: number, orderClosed: boolean, nowIso: string): Promise<void> {
  if (lineRefundedFen < line.amountFen && !orderClosed) return;
  const { cards } = await readStampCards(tx);
  if (cards.length === 0) return;
  const ids = cards.flatMap((c) => [
    ...(lineRefundedFen >= line.amountFen ? [stampId(c.id, 'LINE', line.lineId), stampId(c.id, 'COUNTER', line.lineId)] : []),
    ...(orderClosed ? [stampId(c.id, 'PICKUP', order._id)] : []),
  ]);
  await revokeStampsInTx(tx, ids, nowIso);
}
