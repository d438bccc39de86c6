import { marketingAdminApi } from '../../../src/contracts/api/marketing-admin';
import type { DrawRecordView } from '../../../src/contracts/lucky-draw';
import type { Page } from '../../../src/contracts/paging';
import { toDrawRecordView } from '../../shared/flows/lucky-draw/draw-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Every draw of one game, newest first: who, when, which prize (and a prize that could not be given). */
export const listDrawRecords = defineAction(marketingAdminApi.actions.listDrawRecords, async (ctx, input): Promise<Page<DrawRecordView>> => {
  return readPage(input, (skip, limit) => ctx.store.find(COLLECTIONS.drawRecords, { drawId: input.drawId }, { skip, limit, orderBy: [{ field: 'at', direction: 'desc' }] }), toDrawRecordView);
});
