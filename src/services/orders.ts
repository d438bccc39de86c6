import { ORDERS_FN } from '../contracts/orders';
import { apiClient } from './call-function';
import type { ordersApi } from '../contracts/api/orders';

const ordersClient = apiClient<typeof ordersApi>(ORDERS_FN);

export const createOrder = ordersClient.createOrder;

export const getOrder = (orderId: string) => ordersClient.getOrder({ orderId });

export const listMyOrders = ordersClient.listMyOrders;

export const cancelOrder = (orderId: string) => ordersClient.cancelOrder({ orderId });

export const prepayOrder = (orderId: string) => ordersClient.prepayOrder({ orderId });

export const confirmReceipt = (orderId: string) => ordersClient.confirmReceipt({ orderId });

export const extendReceipt = (orderId: string) => ordersClient.extendReceipt({ orderId });

export const getOrderTracking = (orderId: string) => ordersClient.getOrderTracking({ orderId });

export const requestAfterSale = ordersClient.requestAfterSale;

export const uploadAfterSalePhoto = ordersClient.uploadAfterSalePhoto;

export const getAfterSale = (afterSaleId: string) => ordersClient.getAfterSale({ afterSaleId });

export const listMyAfterSales = ordersClient.listMyAfterSales;

export const cancelAfterSale = (afterSaleId: string) => ordersClient.cancelAfterSale({ afterSaleId });

export const submitReturnShipment = ordersClient.submitReturnShipment;
