import type { Doc, DocOps, Store } from './store';

/**
 * Several documents of one collection read in one query (one billed request, however many ids) up front, for code
 * that reads them one by one: the reader answers `get` for those ids from what the query returned (null when absent)
 * and passes any other read through to the store.
 */
export async function prefetchDocs(store: Pick<Store, 'find' | 'get'>, collection: string, ids: readonly string[]): Promise<Pick<DocOps, 'get'>> {
  const unique = [...new Set(ids)];
  const docs = unique.length ? await store.find<Doc>(collection, { _id: { $in: unique } }, { limit: unique.length }) : [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  return {
    get: async <T extends Doc>(c: string, id: string): Promise<T | null> => {
      if (c !== collection || !unique.includes(id)) return store.get<T>(c, id);
      const doc = byId.get(id);
      return doc ? (structuredClone(doc) as T) : null;
    },
  };
}
