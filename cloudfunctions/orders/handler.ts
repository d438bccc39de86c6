import { ordersApi } from '../../src/contracts/api/orders';
import { createHandler } from '../shared/kernel/handler/create-handler';
import { cancelOrder } from './actions/cancel-order';
import { confirmReceipt } from './actions/confirm-receipt';
import { extendReceipt } from './actions/extend-receipt';
import { getOrderTracking } from './actions/get-order-tracking';
import { createOrder } from './actions/create-order';
import { getOrder } from './actions/get-order';
import { listMyOrders } from './actions/list-my-orders';
import { prepayOrder } from './actions/prepay-order';
import { getSubscribeTemplates } from './actions/get-subscribe-templates';
import { recordSubscriptions } from './actions/record-subscriptions';
import { requestAfterSale } from './actions/request-after-sale';
import { uploadAfterSalePhoto } from './actions/upload-after-sale-photo';
import { getAfterSale } from './actions/get-after-sale';
import { listMyAfterSales } from './actions/list-my-after-sales';
import { cancelAfterSale } from './actions/cancel-after-sale';
import { submitReturnShipment } from './actions/submit-return-shipment';

/** 订单: create from SKU lines, read, list, cancel, confirm or extend receipt, track the parcel; after-sale requests (仅退款 / 退货退款: ask, photos, return parcel, cancel, read). Pay via prepayOrder; subscribe-message quota; payment arrives via payment-callback. */
export const ordersHandler = createHandler(ordersApi, { createOrder, getOrder, listMyOrders, cancelOrder, prepayOrder, confirmReceipt, extendReceipt, getOrderTracking, requestAfterSale, uploadAfterSalePhoto, getAfterSale, listMyAfterSales, cancelAfterSale, submitReturnShipment, getSubscribeTemplates, recordSubscriptions });
