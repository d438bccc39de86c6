import type { OrderStatus } from '../domain/order/order-status';
import type { AfterSaleKind, AfterSaleReason } from '../domain/after-sale/after-sale-kind';
import { ORDERS_FN, type CreateOrderInput, type OrdersResults } from '../contracts/orders';
import { callAction } from './call-function';

export const createOrder = (payload: CreateOrderInput) => callAction<OrdersResults['createOrder']>(ORDERS_FN, 'createOrder', payload);

export const getOrder = (orderId: string) => callAction<OrdersResults['getOrder']>(ORDERS_FN, 'getOrder', { orderId });

export const listMyOrders = (payload: { status?: OrderStatus; cursor?: number; limit?: number } = {}) =>
  callAction<OrdersResults['listMyOrders']>(ORDERS_FN, 'listMyOrders', payload);

export const cancelOrder = (orderId: string) => callAction<OrdersResults['cancelOrder']>(ORDERS_FN, 'cancelOrder', { orderId });

export const prepayOrder = (orderId: string) => callAction<OrdersResults['prepayOrder']>(ORDERS_FN, 'prepayOrder', { orderId });

export const confirmReceipt = (orderId: string) => callAction<OrdersResults['confirmReceipt']>(ORDERS_FN, 'confirmReceipt', { orderId });

export const extendReceipt = (orderId: string) => callAction<OrdersResults['extendReceipt']>(ORDERS_FN, 'extendReceipt', { orderId });

export const getOrderTracking = (orderId: string) => callAction<OrdersResults['getOrderTracking']>(ORDERS_FN, 'getOrderTracking', { orderId });

export const requestAfterSale = (payload: {
  requestId: string;
  orderId: string;
  lineId: string;
  kind: AfterSaleKind;
  units: number;
  reason: AfterSaleReason;
  description?: string;
  photos?: string[];
}) => callAction<OrdersResults['requestAfterSale']>(ORDERS_FN, 'requestAfterSale', payload);

export const uploadAfterSalePhoto = (payload: { contentType: 'image/png' | 'image/jpeg'; dataBase64: string }) =>
  callAction<OrdersResults['uploadAfterSalePhoto']>(ORDERS_FN, 'uploadAfterSalePhoto', payload);

export const getAfterSale = (afterSaleId: string) => callAction<OrdersResults['getAfterSale']>(ORDERS_FN, 'getAfterSale', { afterSaleId });

export const listMyAfterSales = (payload: { orderId?: string; cursor?: number; limit?: number } = {}) =>
  callAction<OrdersResults['listMyAfterSales']>(ORDERS_FN, 'listMyAfterSales', payload);

export const cancelAfterSale = (afterSaleId: string) => callAction<OrdersResults['cancelAfterSale']>(ORDERS_FN, 'cancelAfterSale', { afterSaleId });

export const submitReturnShipment = (payload: { afterSaleId: string; carrierCode: string; carrierName?: string; trackingNo: string }) =>
  callAction<OrdersResults['submitReturnShipment']>(ORDERS_FN, 'submitReturnShipment', payload);
