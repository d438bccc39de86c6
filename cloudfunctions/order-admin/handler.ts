import { createHandler } from '../shared/handler/create-handler';
import { getOrderDetail } from './actions/get-order-detail';
import { listOrders } from './actions/list-orders';
import { refundOrderLine } from './actions/refund-order-line';
import { rejectAfterSale } from './actions/reject-after-sale';
import { retryShippingUpload } from './actions/retry-shipping-upload';
import { runSettlement } from './actions/run-settlement';
import { shipOrder } from './actions/ship-order';

/** 订单管理 (staff): list and inspect orders, ship (and retry a refused shipping upload), refund per line, decline after-sale, run settlement now. */
export const orderAdminHandler = createHandler('order-admin', {
  listOrders,
  getOrderDetail,
  shipOrder,
  retryShippingUpload,
  refundOrderLine,
  rejectAfterSale,
  runSettlement,
});
