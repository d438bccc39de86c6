import { timerOnly } from '../shared/handler/timer-only';
import { migrateRecruitConditions } from '../shared/merchant/migrate-recruit-conditions';

/** 后台任务: data migrations the rules call for, run by the timer (each a no-op once done). Clients cannot invoke it. */
export const jobsHandler = timerOnly('jobs', async (ctx) => ({ recruitConditions: await migrateRecruitConditions(ctx) }));
