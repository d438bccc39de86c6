import type { LuckyDrawAdminView } from '../../../../src/contracts/lucky-draw';
import type { LuckyDrawDoc } from '../../kernel/docs/marketing-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';
import { toLuckyDrawAdminView } from './draw-views';

/** A game as staff see it: stock left per prize and draws made so far. */
export async function readDrawAdminView(store: Store, draw: LuckyDrawDoc, nowIso: string): Promise<LuckyDrawAdminView> {
  const [stocks, draws] = await Promise.all([
    store.find(COLLECTIONS.drawStocks, { drawId: draw._id }, { limit: 10 }),
    store.count(COLLECTIONS.drawRecords, { drawId: draw._id }),
  ]);
  return toLuckyDrawAdminView(draw, nowIso, new Map(stocks.map((s) => [s.prizeId, s.remaining])), draws);
}
