import type { OrderStatus } from '../domain/order/order-status';
import { ORDERS_FN, type CreateOrderInput, type OrdersResults } from '../contracts/orders';
import { callAction } from './call-function';

export const createOrder = (payload: CreateOrderInput) => callAction<OrdersResults['createOrder']>(ORDERS_FN, 'createOrder', payload);

export const getOrder = (orderId: string) => callAction<OrdersResults['getOrder']>(ORDERS_FN, 'getOrder', { orderId });

export const listMyOrders = (payload: { status?: OrderStatus; cursor?: number; limit?: number } = {}) =>
  callAction<OrdersResults['listMyOrders']>(ORDERS_FN, 'listMyOrders', payload);

export const cancelOrder = (orderId: string) => callAction<OrdersResults['cancelOrder']>(ORDERS_FN, 'cancelOrder', { orderId });

export const prepayOrder = (orderId: string) => callAction<OrdersResults['prepayOrder']>(ORDERS_FN, 'prepayOrder', { orderId });

export const confirmReceipt = (orderId: string) => callAction<OrdersResults['confirmReceipt']>(ORDERS_FN, 'confirmReceipt', { orderId });

export const requestAfterSale = (payload: { orderId: string; lineId: string; units: number; reason: string }) =>
  callAction<OrdersResults['requestAfterSale']>(ORDERS_FN, 'requestAfterSale', payload);
