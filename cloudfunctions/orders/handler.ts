import { createHandler } from '../shared/handler/create-handler';
import { cancelOrder } from './actions/cancel-order';
import { createOrder } from './actions/create-order';
import { getOrder } from './actions/get-order';
import { listMyOrders } from './actions/list-my-orders';

/** 订单: create from SKU lines, read, list, cancel. Payment arrives through the payment-callback function. */
export const ordersHandler = createHandler('orders', { createOrder, getOrder, listMyOrders, cancelOrder });
