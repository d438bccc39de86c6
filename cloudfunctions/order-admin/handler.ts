import { orderAdminApi } from '../../src/contracts/api/order-admin';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { getOrderDetail } from './actions/get-order-detail';
import { listOrders } from './actions/list-orders';
import { refundOrderLine } from './actions/refund-order-line';
import { rejectAfterSale } from './actions/reject-after-sale';
import { approveAfterSale } from './actions/approve-after-sale';
import { confirmReturnReceived } from './actions/confirm-return-received';
import { listAfterSales } from './actions/list-after-sales';
import { retryShippingUpload } from './actions/retry-shipping-upload';
import { runSettlement } from './actions/run-settlement';
import { shipOrder } from './actions/ship-order';

/** 订单管理 (staff): list and inspect orders, ship (and retry a refused shipping upload), refund per line, work the after-sale queue (approve, reject, confirm returned goods), run settlement now. */
export const orderAdminHandler = createHandler(orderAdminApi, {
  listOrders,
  getOrderDetail,
  shipOrder,
  retryShippingUpload,
  refundOrderLine,
  listAfterSales,
  approveAfterSale,
  rejectAfterSale,
  confirmReturnReceived,
  runSettlement,
});
