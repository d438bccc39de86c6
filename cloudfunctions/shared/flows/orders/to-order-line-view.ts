import type { OrderLineView } from '../../../../src/contracts/orders';
import type { OrderLineDoc } from '../../kernel/docs/docs';

/** An order line as the client shows it: the stored line's fields, named the same. */
export function toOrderLineView(l: OrderLineDoc): OrderLineView {
  return {
    lineId: l.lineId,
    productId: l.productId,
    skuId: l.skuId,
    title: l.title,
    specs: l.specs,
    imageUrl: l.imageUrl,
    unitPriceFen: l.unitPriceFen,
    quantity: l.quantity,
    amountFen: l.amountFen,
  };
}
