import type { SearchHints } from '../../../src/contracts/catalog';
import { catalogInputs } from '../../../src/contracts/catalog-inputs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readHotWords } from '../../shared/flows/catalog/hot-words';

/** 热门搜索 for the search page (one read). */
export const getSearchHints = defineAction(catalogInputs.getSearchHints, async (ctx): Promise<SearchHints> => ({ hotWords: await readHotWords(ctx.store) }));
