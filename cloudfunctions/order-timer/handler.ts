import { timerOnly } from '../shared/kernel/handler/timer-only';
import { receiveDueOrders } from '../shared/flows/orders/receive-due-orders';
import { writeDefaultReviews } from '../shared/flows/reviews/write-default-reviews';

/**
 * 订单定时任务: 自动确认收货 — shipped orders the buyer never confirmed are received the shop's days after shipment —
 * then 默认好评 for received lines left unreviewed past their wait. Clients cannot invoke it.
 */
export const orderTimerHandler = timerOnly('order-timer', async (ctx) => {
  const receipt = await receiveDueOrders(ctx);
  return { ...receipt, defaultReviews: await writeDefaultReviews(ctx) };
});
