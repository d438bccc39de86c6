import { failWith } from '../../../../src/domain/shared/domain-error';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import { toFen } from '../../../../src/domain/money/fen';
import type { LineAfterSale, OrderDoc, OrderLineDoc } from '../../kernel/docs/docs';

export function findLine(order: OrderDoc, lineId: string): OrderLineDoc {
  const line = order.lines.find((l) => l.lineId === lineId);
  if (!line) throw failWith(ORDERS_ERRORS.LINE_NOT_FOUND);
  return line;
}

export function lineAfterSale(order: OrderDoc, lineId: string): LineAfterSale {
  return order.afterSale?.[lineId] ?? { refundedFen: toFen(0), refundedUnits: 0, open: null };
}

