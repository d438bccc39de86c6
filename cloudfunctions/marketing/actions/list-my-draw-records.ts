import { marketingApi } from '../../../src/contracts/api/marketing';
import type { DrawRecordView } from '../../../src/contracts/lucky-draw';
import type { Page } from '../../../src/contracts/paging';
import { toDrawRecordView } from '../../shared/flows/lucky-draw/draw-views';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 我的奖品: every draw the shopper made, newest first (谢谢参与 included). */
export const listMyDrawRecords = defineAction(marketingApi.actions.listMyDrawRecords, async (ctx, input): Promise<Page<DrawRecordView>> =>
  readPage(input, (skip, limit) => ctx.store.find(COLLECTIONS.drawRecords, { userId: ctx.openid }, { skip, limit, orderBy: [{ field: 'at', direction: 'desc' }] }), toDrawRecordView),
);
