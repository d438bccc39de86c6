import { DEFAULT_REVIEW_RATING, DEFAULT_REVIEW_TEXT, maskNickname, reviewRefusal } from '../../../../src/domain/review/review-rules';
import type { FunctionContext } from '../../kernel/context';
import type { OrderDoc } from '../../kernel/docs/docs';
import type { ReviewDoc } from '../../kernel/docs/review-docs';
import { isolate } from '../../kernel/jobs/isolate';
import { COLLECTIONS } from '../../kernel/store/collections';
import { lineAfterSale } from '../orders/find-line';
import { reviewIdFor } from './review-id';
import { writeReviewInTx } from './write-review';

export const DEFAULT_REVIEW_BATCH = 50;

export interface DefaultReviewRun {
  orders: number;
  reviews: number;
}

type TimerContext = Pick<FunctionContext, 'store' | 'now' | 'log' | 'requestId'>;

/**
 * 默认好评: once an order's wait after receipt is over (reviewDueAt), every line the buyer did not review and that was
 * not refunded in full gets the shop's default positive review (5 stars, 系统默认好评), and the order is due no more.
 * Bounded batches, oldest due first; one transaction per order that re-checks each line, so a buyer reviewing
 * meanwhile or a re-run writes nothing twice; each order isolated (a failure is recorded and stepped over).
 */
export async function writeDefaultReviews(ctx: TimerContext, options: { batchSize?: number; maxBatches?: number } = {}): Promise<DefaultReviewRun> {
  const batchSize = options.batchSize ?? DEFAULT_REVIEW_BATCH;
  const run: DefaultReviewRun = { orders: 0, reviews: 0 };
  const nowIso = ctx.now.toISOString();
  let stepOver = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 100); batch++) {
    const due = await ctx.store.find(COLLECTIONS.orders, { reviewDueAt: { $lte: nowIso } }, { skip: stepOver, limit: batchSize, orderBy: [{ field: 'reviewDueAt', direction: 'asc' }] });
    if (due.length === 0) break;
    const buyers = new Map((await ctx.store.find(COLLECTIONS.users, { _id: { $in: [...new Set(due.map((o) => o.buyerId))] } }, { limit: due.length })).map((u) => [u._id, u]));
    for (const order of due) {
      let written = 0;
      const done = await isolate(ctx, 'default-review', order._id, async () => (written = await reviewOrder(ctx, order, maskNickname(buyers.get(order.buyerId)?.nickname))));
      if (!done) stepOver += 1;
      else {
        run.orders += 1;
        run.reviews += written;
      }
    }
  }
  ctx.log.info('default reviews run', { ...run });
  return run;
}

async function reviewOrder(ctx: TimerContext, seen: OrderDoc, nickname: string): Promise<number> {
  return ctx.store.runTransaction(async (tx) => {
    const order = await tx.get(COLLECTIONS.orders, seen._id);
    if (!order || !order.reviewDueAt) return 0;
    let written = 0;
    const at = ctx.now.toISOString();
    let current = order;
    for (const line of order.lines) {
      if (reviewRefusal(current, line, lineAfterSale(current, line.lineId).refundedUnits)) continue;
      const review: ReviewDoc = {
        _id: reviewIdFor(order._id, line.lineId),
        orderId: order._id,
        lineId: line.lineId,
        productId: line.productId,
        productTitle: line.title,
        specs: line.specs,
        buyerId: order.buyerId,
        nickname,
        rating: DEFAULT_REVIEW_RATING,
        text: DEFAULT_REVIEW_TEXT,
        photos: [],
        hasPhotos: false,
        isDefault: true,
        hidden: false,
        reply: null,
        createdAt: at,
      };
      await writeReviewInTx(tx, order._id, review);
      current = { ...current, reviewed: { ...(current.reviewed ?? {}), [line.lineId]: review._id } };
      written += 1;
    }
    // Nothing (more) to review — every line has one, was refunded, or the order was closed: not due any more.
    await tx.update(COLLECTIONS.orders, order._id, {}, { reviewDueAt: null });
    return written;
  });
}
