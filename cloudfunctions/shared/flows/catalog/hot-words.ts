import type { Store } from '../../kernel/store/store';
import { COLLECTIONS } from '../../kernel/store/collections';

import { HOT_WORDS_DOC_ID } from '../../kernel/docs/merchant-docs';

export async function readHotWords(store: Pick<Store, 'get'>): Promise<string[]> {
  return (await store.get(COLLECTIONS.merchant, HOT_WORDS_DOC_ID))?.words ?? [];
}
