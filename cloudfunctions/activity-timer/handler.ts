import { expireActivities } from '../shared/activities/expire-activities';
import type { FunctionHandler } from '../shared/handler/define-action';

const TIMER_SOURCES = new Set(['wx_trigger', 'scf', 'local_timer']);

/** 活动到期: expires unfilled groups (refunding every member) and bargains. Clients cannot invoke it. */
export const activityTimerHandler: FunctionHandler = async (_event, ctx) => {
  if (!TIMER_SOURCES.has(ctx.source)) return { ok: false, code: 'AUTH.FORBIDDEN', message: '仅定时任务可调用' };
  return { ok: true, data: await expireActivities(ctx) };
};
