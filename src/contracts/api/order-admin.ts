import { defineApi, returns, type ResultsOf } from './define-api';
import { orderAdminInputs } from '../orders-inputs';
import { ORDER_ADMIN_FN, type AdminAfterSaleView, type AdminOrderDetail, type AdminOrderView, type OrderView, type RefundResult, type SettlementRun, type ShippingUploadView } from '../orders';
import type { Page } from '../paging';

/** The order-admin function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const orderAdminApi = defineApi(ORDER_ADMIN_FN, {
  shipOrder: { input: orderAdminInputs.shipOrder, result: returns<OrderView>(), permission: 'orders' },
  retryShippingUpload: { input: orderAdminInputs.retryShippingUpload, result: returns<ShippingUploadView>(), permission: 'orders' },
  refundOrderLine: { input: orderAdminInputs.refundOrderLine, result: returns<RefundResult>(), permission: 'orders' },
  listAfterSales: { input: orderAdminInputs.listAfterSales, result: returns<Page<AdminAfterSaleView>>(), permission: 'orders' },
  approveAfterSale: { input: orderAdminInputs.approveAfterSale, result: returns<AdminAfterSaleView>(), permission: 'orders' },
  rejectAfterSale: { input: orderAdminInputs.rejectAfterSale, result: returns<AdminAfterSaleView>(), permission: 'orders' },
  confirmReturnReceived: { input: orderAdminInputs.confirmReturnReceived, result: returns<AdminAfterSaleView>(), permission: 'orders' },
  runSettlement: { input: orderAdminInputs.runSettlement, result: returns<SettlementRun>(), permission: 'finance' },
  listOrders: { input: orderAdminInputs.listOrders, result: returns<Page<AdminOrderView>>(), permission: 'orders' },
  getOrderDetail: { input: orderAdminInputs.getOrderDetail, result: returns<AdminOrderDetail>(), permission: 'orders' },
});

/** Every action's result by name (from the API map). */
export type OrderAdminResults = ResultsOf<typeof orderAdminApi>;
