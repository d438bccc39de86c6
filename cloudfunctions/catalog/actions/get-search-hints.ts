import { catalogApi } from '../../../src/contracts/api/catalog';
import type { SearchHints } from '../../../src/contracts/catalog';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readHotWords } from '../../shared/flows/catalog/hot-words';

/** 热门搜索 for the search page (one read). */
export const getSearchHints = defineAction(catalogApi.actions.getSearchHints, async (ctx): Promise<SearchHints> => ({ hotWords: await readHotWords(ctx.store) }));
