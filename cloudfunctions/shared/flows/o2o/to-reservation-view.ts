import type { ReservationView } from '../../../../src/contracts/stores';
import type { ReservationDoc } from '../../kernel/docs/o2o-docs';

/** `orderRefunded` is only worked out where it matters (check-in); elsewhere false. */
export function toReservationView(doc: ReservationDoc, orderRefunded = false): ReservationView {
  return {
    id: doc._id,
    code: doc.code,
    storeId: doc.storeId,
    storeName: doc.storeName,
    productId: doc.productId,
    date: doc.date,
    time: doc.time,
    payMode: doc.payMode,
    orderId: doc.orderId,
    status: doc.status,
    createdAt: doc.createdAt,
    checkedInAt: doc.checkedInAt,
    cancelledAt: doc.cancelledAt ?? null,
    orderRefunded,
  };
}
