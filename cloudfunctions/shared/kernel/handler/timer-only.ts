import type { FunctionContext } from '../context';
import { recordJobFailure } from '../jobs/isolate';
import type { FunctionHandler } from './define-action';

const TIMER_SOURCES = new Set(['wx_trigger', 'scf', 'local_timer']);

/**
 * A timer-triggered function: the platform's timer (or the local server's) may run it, a client may not — a job
 * that moves money or rewrites data on a client's say-so would be a hole. A run that throws as a whole is recorded
 * for staff (job `job`, subject 'run') and answered COMMON.INTERNAL; items inside a run are isolated by the job itself.
 */
export function timerOnly<R>(job: string, run: (ctx: FunctionContext) => Promise<R>): FunctionHandler {
  return async (_event, ctx) => {
    if (!TIMER_SOURCES.has(ctx.source)) return { ok: false, code: 'AUTH.FORBIDDEN', message: '仅定时任务可调用' };
    try {
      return { ok: true, data: await run(ctx) };
    } catch (error) {
      await recordJobFailure(ctx, job, 'run', error);
      return { ok: false, code: 'COMMON.INTERNAL', message: '定时任务出错，已记录' };
    }
  };
}
