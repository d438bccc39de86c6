import type { OrderStatus } from '../domain/order/order-status';
import { ORDER_ADMIN_FN } from '../contracts/orders';
import { apiClient } from './call-function';
import type { orderAdminApi } from '../contracts/api/order-admin';

const orderAdminClient = apiClient<typeof orderAdminApi>(ORDER_ADMIN_FN);

/** from / to: Beijing days YYYY-MM-DD; distributorScope DIRECT (default) or TEAM (see order-list-filter-input). */
export const listOrders = (
  payload: { status?: OrderStatus; from?: string; to?: string; distributorId?: string; distributorScope?: 'DIRECT' | 'TEAM'; cursor?: number; limit?: number } = {},
) =>
  orderAdminClient.listOrders(payload);

export const getOrderDetail = (orderId: string) => orderAdminClient.getOrderDetail({ orderId });

/** `carrierName` only for a carrier code outside the local list (src/domain/shipping/carriers.ts). */
export const shipOrder = orderAdminClient.shipOrder;

export const retryShippingUpload = (orderId: string) => orderAdminClient.retryShippingUpload({ orderId });

export const refundOrderLine = orderAdminClient.refundOrderLine;

export const listAfterSales = orderAdminClient.listAfterSales;

export const approveAfterSale = (afterSaleId: string) => orderAdminClient.approveAfterSale({ afterSaleId });

export const rejectAfterSale = orderAdminClient.rejectAfterSale;

export const confirmReturnReceived = (afterSaleId: string) =>
  orderAdminClient.confirmReturnReceived({ afterSaleId });
