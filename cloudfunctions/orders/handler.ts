import { createHandler } from '../shared/handler/create-handler';
import { cancelOrder } from './actions/cancel-order';
import { confirmReceipt } from './actions/confirm-receipt';
import { createOrder } from './actions/create-order';
import { getOrder } from './actions/get-order';
import { listMyOrders } from './actions/list-my-orders';
import { requestAfterSale } from './actions/request-after-sale';

/** 订单: create from SKU lines, read, list, cancel, confirm receipt, ask for after-sale. Payment arrives via payment-callback. */
export const ordersHandler = createHandler('orders', { createOrder, getOrder, listMyOrders, cancelOrder, confirmReceipt, requestAfterSale });
