import { COLLECTIONS } from '../../cloudfunctions/shared/kernel/store/collections';
import { EmbeddedStore } from '../../cloudfunctions/shared/kernel/store/embedded-store';
import type { CollectionDocs, Doc, Store } from '../../cloudfunctions/shared/kernel/store/store';

/**
 * A copy of a shop as it was before the daily statistics existed: every document of every collection except the
 * statistics, with the marks of what they counted removed — the data their migration starts from.
 */
export async function copyWithoutStatistics(source: Store): Promise<EmbeddedStore> {
  const copy = new EmbeddedStore(':memory:');
  for (const name of Object.values(COLLECTIONS)) {
    if (name === COLLECTIONS.dailyStats) continue;
    for (let skip = 0; ; skip += 1000) {
      const page: Array<Doc & { inStats?: boolean }> = await source.find(name, {}, { limit: 1000, skip });
      for (const { inStats: _counted, ...doc } of page) await copy.insert(name, doc as CollectionDocs[typeof name]);
      if (page.length < 1000) break;
    }
  }
  return copy;
}
