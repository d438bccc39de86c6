import { defineApi, returns, type ResultsOf } from './define-api';
import { ordersInputs } from '../orders-inputs';
import { ORDERS_FN, type AfterSaleView, type OrderDetailView, type OrderView, type PrepayView, type SubscribeTemplateKey, type TrackingView } from '../orders';
import type { Page } from '../paging';

/** The orders function's actions: payload schema, result type and who may call each (see define-api.ts). */
export const ordersApi = defineApi(ORDERS_FN, {
  createOrder: { input: ordersInputs.createOrder, result: returns<OrderView>(), permission: 'user' },
  getOrder: { input: ordersInputs.getOrder, result: returns<OrderDetailView>(), permission: 'user' },
  listMyOrders: { input: ordersInputs.listMyOrders, result: returns<Page<OrderView>>(), permission: 'user' },
  cancelOrder: { input: ordersInputs.cancelOrder, result: returns<OrderView>(), permission: 'user' },
  prepayOrder: { input: ordersInputs.prepayOrder, result: returns<PrepayView>(), permission: 'user' },
  getSubscribeTemplates: { input: ordersInputs.getSubscribeTemplates, result: returns<Partial<Record<SubscribeTemplateKey, string>>>(), permission: 'user' },
  recordSubscriptions: { input: ordersInputs.recordSubscriptions, result: returns<{ recorded: SubscribeTemplateKey[] }>(), permission: 'user' },
  confirmReceipt: { input: ordersInputs.confirmReceipt, result: returns<OrderView>(), permission: 'user' },
  extendReceipt: { input: ordersInputs.extendReceipt, result: returns<OrderView>(), permission: 'user' },
  getOrderTracking: { input: ordersInputs.getOrderTracking, result: returns<TrackingView>(), permission: 'user' },
  requestAfterSale: { input: ordersInputs.requestAfterSale, result: returns<AfterSaleView>(), permission: 'user' },
  uploadAfterSalePhoto: { input: ordersInputs.uploadAfterSalePhoto, result: returns<{ url: string }>(), permission: 'user' },
  getAfterSale: { input: ordersInputs.getAfterSale, result: returns<AfterSaleView>(), permission: 'user' },
  listMyAfterSales: { input: ordersInputs.listMyAfterSales, result: returns<Page<AfterSaleView>>(), permission: 'user' },
  cancelAfterSale: { input: ordersInputs.cancelAfterSale, result: returns<AfterSaleView>(), permission: 'user' },
  submitReturnShipment: { input: ordersInputs.submitReturnShipment, result: returns<AfterSaleView>(), permission: 'user' },
});

/** Every action's result by name (from the API map). */
export type OrdersResults = ResultsOf<typeof ordersApi>;
