import type { CollectionName, DocAt, DocOps, Store } from './store';

/**
 * Several documents of one collection read in one query (one billed request, however many ids) up front, for code
 * that reads them one by one: the reader answers `get` for those ids from what the query returned (null when absent)
 * and passes any other read through to the store.
 */
export async function prefetchDocs(store: Pick<Store, 'find' | 'get'>, collection: CollectionName, ids: readonly string[]): Promise<Pick<DocOps, 'get'>> {
  const unique = [...new Set(ids)];
  const docs = unique.length ? await store.find(collection, { _id: { $in: unique } }, { limit: unique.length }) : [];
  const byId = new Map(docs.map((d) => [d._id, d]));
  return {
    get: async <C extends CollectionName, I extends string>(c: C, id: I): Promise<DocAt<C, I> | null> => {
      if (c !== collection || !unique.includes(id)) return store.get(c, id);
      const doc = byId.get(id);
      return doc ? (structuredClone(doc) as DocAt<C, I>) : null;
    },
  };
}
