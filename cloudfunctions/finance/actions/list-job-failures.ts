import type { JobFailureView } from '../../../src/contracts/finance';
import { financeInputs } from '../../../src/contracts/finance-inputs';
import type { Page } from '../../../src/contracts/paging';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 后台任务异常: what the timers failed on (recorded by isolate), most recent first. Read-only. */
export const listJobFailures = defineAction(financeInputs.listJobFailures, async (ctx, input): Promise<Page<JobFailureView>> => {
  await requirePermission(ctx, 'finance');
  return readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.jobFailures, {}, { skip, limit, orderBy: [{ field: 'lastAt', direction: 'desc' }] }),
    ({ _id, ...rest }) => ({ id: _id, ...rest }),
  );
});
