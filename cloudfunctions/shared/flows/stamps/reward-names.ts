import type { StampCardDoc } from '../../kernel/docs/marketing-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/** The reward coupons' names of some cards, in one query. */
export async function rewardNames(store: Store, cards: readonly StampCardDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(cards.map((c) => c.rewardTemplateId))];
  const templates = ids.length ? await store.find(COLLECTIONS.couponTemplates, { _id: { $in: ids } }, { limit: ids.length }) : [];
  return new Map(templates.map((t) => [t._id, t.name]));
}
