import type { OrderStatus } from '../domain/order/order-status';
import type { AfterSaleStatus } from '../domain/after-sale/after-sale-status';
import { ORDER_ADMIN_FN, type OrderAdminResults } from '../contracts/orders';
import { callAction } from './call-function';

/** from / to: Beijing days YYYY-MM-DD; distributorScope DIRECT (default) or TEAM (see order-list-filter-input). */
export const listOrders = (
  payload: { status?: OrderStatus; from?: string; to?: string; distributorId?: string; distributorScope?: 'DIRECT' | 'TEAM'; cursor?: number; limit?: number } = {},
) =>
  callAction<OrderAdminResults['listOrders']>(ORDER_ADMIN_FN, 'listOrders', payload);

export const getOrderDetail = (orderId: string) => callAction<OrderAdminResults['getOrderDetail']>(ORDER_ADMIN_FN, 'getOrderDetail', { orderId });

/** `carrierName` only for a carrier code outside the local list (src/domain/shipping/carriers.ts). */
export const shipOrder = (payload: { orderId: string; carrierCode: string; carrierName?: string; trackingNo: string }) =>
  callAction<OrderAdminResults['shipOrder']>(ORDER_ADMIN_FN, 'shipOrder', payload);

export const retryShippingUpload = (orderId: string) => callAction<OrderAdminResults['retryShippingUpload']>(ORDER_ADMIN_FN, 'retryShippingUpload', { orderId });

export const refundOrderLine = (payload: { requestId: string; orderId: string; lineId: string; units: number; fen?: number; reason: string }) =>
  callAction<OrderAdminResults['refundOrderLine']>(ORDER_ADMIN_FN, 'refundOrderLine', payload);

export const listAfterSales = (payload: { status?: 'OPEN' | AfterSaleStatus; cursor?: number; limit?: number } = {}) =>
  callAction<OrderAdminResults['listAfterSales']>(ORDER_ADMIN_FN, 'listAfterSales', payload);

export const approveAfterSale = (afterSaleId: string) => callAction<OrderAdminResults['approveAfterSale']>(ORDER_ADMIN_FN, 'approveAfterSale', { afterSaleId });

export const rejectAfterSale = (payload: { afterSaleId: string; reason: string }) =>
  callAction<OrderAdminResults['rejectAfterSale']>(ORDER_ADMIN_FN, 'rejectAfterSale', payload);

export const confirmReturnReceived = (afterSaleId: string) =>
  callAction<OrderAdminResults['confirmReturnReceived']>(ORDER_ADMIN_FN, 'confirmReturnReceived', { afterSaleId });
