import type { CategoryDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Filter, Store } from '../../kernel/store/store';

/**
 * A deleted category keeps its document (the store port has no removal) but moves its `sort` to this value, so
 * "live categories" is one range condition on an indexed field, which every adapter answers the same way — no
 * query on a field older documents lack, and no filtering after the read that would break paging.
 */
export const DELETED_CATEGORY_SORT = 1e12;

export const LIVE_CATEGORIES: Filter = { sort: { $lt: DELETED_CATEGORY_SORT } };

/** Live categories in display order, `skip`/`limit` as a page. */
export function findLiveCategories(store: Store, skip: number, limit: number): Promise<CategoryDoc[]> {
  return store.find(COLLECTIONS.categories, LIVE_CATEGORIES, { skip, limit, orderBy: [{ field: 'sort', direction: 'asc' }, { field: '_id', direction: 'asc' }] });
}

export const isLiveCategory = (c: CategoryDoc | null): c is CategoryDoc => c !== null && c.sort < DELETED_CATEGORY_SORT && !c.deletedAt;
