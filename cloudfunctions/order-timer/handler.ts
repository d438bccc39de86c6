import { timerOnly } from '../shared/kernel/handler/timer-only';
import { receiveDueOrders } from '../shared/flows/orders/receive-due-orders';

/** 订单定时任务: 自动确认收货 — shipped orders the buyer never confirmed are received the shop's days after shipment. Clients cannot invoke it. */
export const orderTimerHandler = timerOnly('order-timer', (ctx) => receiveDueOrders(ctx));
