import type { Store } from '../../kernel/store/store';
import { COLLECTIONS } from '../../kernel/store/collections';

/** The merchant document holding the shop's 热门搜索 words, set by staff (product-admin.saveHotWords). */
export const HOT_WORDS_DOC_ID = 'search-hot-words';

export interface HotWordsDoc {
  _id: typeof HOT_WORDS_DOC_ID;
  words: string[];
  updatedBy: string;
  updatedAt: string;
}

export async function readHotWords(store: Pick<Store, 'get'>): Promise<string[]> {
  return (await store.get<HotWordsDoc>(COLLECTIONS.merchant, HOT_WORDS_DOC_ID))?.words ?? [];
}
