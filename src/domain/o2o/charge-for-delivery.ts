import { toFen, type Fen } from '../money/fen';

/** Pickup (自提) has no shipping fee: what an order charges once its delivery is known. Checkout previews with it too. */
export function chargeForDelivery(kind: 'EXPRESS' | 'PICKUP', priced: { shippingFen: Fen; totalFen: Fen }): { shippingFen: Fen; totalFen: Fen } {
  if (kind === 'EXPRESS') return { shippingFen: priced.shippingFen, totalFen: priced.totalFen };
  return { shippingFen: toFen(0), totalFen: toFen(priced.totalFen - priced.shippingFen) };
}
