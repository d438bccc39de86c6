import { chancesLeft } from '../../../../src/domain/draw/lucky-draw';
import { SHANGHAI_OFFSET_MS, shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import type { LuckyDrawDoc } from '../../kernel/docs/marketing-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * A shopper's draws left today (Beijing day) in one game, and how many they used. Chances are earned, never bought:
 * today's sign-in (its points change `sign:<user>:<day>`) and each order paid today; capped by the game's daily limit.
 */
export async function chancesToday(store: Store, draw: LuckyDrawDoc, userId: string, now: Date): Promise<{ day: string; used: number; left: number }> {
  const day = shanghaiDay(now);
  const dayStartIso = new Date(Date.parse(`${day}T00:00:00.000Z`) - SHANGHAI_OFFSET_MS).toISOString();
  const [signedIn, paid, used] = await Promise.all([
    draw.chanceFromSignIn ? store.get(COLLECTIONS.pointsChanges, `sign:${userId}:${day}`).then(Boolean) : Promise.resolve(false),
    // Orders made today and paid (an order made yesterday and paid today does not count: the index is by creation).
    draw.chancePerPaidOrder
      ? store.find(COLLECTIONS.orders, { buyerId: userId, createdAt: { $gte: dayStartIso } }, { limit: 50, orderBy: [{ field: 'createdAt', direction: 'desc' }] }).then((orders) => orders.filter((o) => o.paidAt !== null).length)
      : Promise.resolve(0),
    store.count(COLLECTIONS.drawRecords, { drawId: draw._id, userId, day }),
  ]);
  return { day, used, left: chancesLeft(draw, { signedIn, paidOrders: paid, used }) };
}
