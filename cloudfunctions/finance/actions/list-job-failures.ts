import { financeApi } from '../../../src/contracts/api/finance';
import type { JobFailureView } from '../../../src/contracts/finance';
import type { Page } from '../../../src/contracts/paging';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 后台任务异常: what the timers failed on (recorded by isolate), most recent first. Read-only. */
export const listJobFailures = defineAction(financeApi.actions.listJobFailures, async (ctx, input): Promise<Page<JobFailureView>> => {
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.jobFailures, {}, { skip, limit, orderBy: [{ field: 'lastAt', direction: 'desc' }] }),
    ({ _id, ...rest }) => ({ id: _id, ...rest }),
  );
});
