import type { OrderView } from '../../../../src/contracts/orders';
import type { OrderDoc } from '../../kernel/docs/docs';
import { toDiscountLines } from '../marketing/price-checkout';
import { toOrderActivityView } from './to-order-activity-view';
import { toOrderLineView } from './to-order-line-view';

export function toOrderView(o: OrderDoc): OrderView {
  return {
    id: o._id,
    status: o.status,
    lines: o.lines.map(toOrderLineView),
    goodsFen: o.goodsFen,
    shippingFen: o.shippingFen,
    totalFen: o.totalFen,
    address: o.address,
    remark: o.remark,
    createdAt: o.createdAt,
    paidAt: o.paidAt,
    payDeadline: o.payDeadline,
    shippedAt: o.shippedAt ?? null,
    autoReceiveAt: o.status === 'SHIPPED' ? (o.autoReceiveAt ?? null) : null,
    receiptExtended: !!o.receiptExtendedAt,
    receivedAt: o.receivedAt ?? null,
    afterSaleEndsAt: o.afterSaleEndsAt ?? null,
    closedAt: o.closedAt ?? null,
    discounts: toDiscountLines(o.pricing),
    pointsUsed: o.pricing?.pointsUsed ?? 0,
    afterSale: Object.fromEntries(
      Object.entries(o.afterSale ?? {}).map(([lineId, a]) => [lineId, { refundedFen: a.refundedFen, refundedUnits: a.refundedUnits, open: a.open !== null, afterSaleId: a.open?.afterSaleId ?? null }]),
    ),
    ...(o.delivery?.kind === 'PICKUP' ? { pickupStore: { storeId: o.delivery.storeId, storeName: o.delivery.storeName } } : {}),
    ...(o.activity ? { activity: toOrderActivityView(o.activity) } : {}),
    shipment: o.shipment ? { carrierCode: o.shipment.carrierCode ?? '', carrier: o.shipment.carrier, trackingNo: o.shipment.trackingNo } : null,
    reviewedLineIds: Object.keys(o.reviewed ?? {}),
  };
}
