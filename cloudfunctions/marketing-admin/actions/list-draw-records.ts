import type { DrawRecordView } from '../../../src/contracts/lucky-draw';
import { luckyDrawAdminInputs } from '../../../src/contracts/lucky-draw-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { toDrawRecordView } from '../../shared/flows/lucky-draw/draw-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Every draw of one game, newest first: who, when, which prize (and a prize that could not be given). */
export const listDrawRecords = defineAction(luckyDrawAdminInputs.listDrawRecords, async (ctx, input): Promise<Page<DrawRecordView>> => {
  await requirePermission(ctx, 'marketing');
  return readPage(input, (skip, limit) => ctx.store.find(COLLECTIONS.drawRecords, { drawId: input.drawId }, { skip, limit, orderBy: [{ field: 'at', direction: 'desc' }] }), toDrawRecordView);
});
