import type { FunctionContext } from '../context';
import type { FunctionHandler } from './define-action';

const TIMER_SOURCES = new Set(['wx_trigger', 'scf', 'local_timer']);

/**
 * A timer-triggered function: the platform's timer (or the local server's) may run it, a client may not — a job
 * that moves money or rewrites data on a client's say-so would be a hole.
 */
export function timerOnly<R>(run: (ctx: FunctionContext) => Promise<R>): FunctionHandler {
  return async (_event, ctx) => {
    if (!TIMER_SOURCES.has(ctx.source)) return { ok: false, code: 'AUTH.FORBIDDEN', message: '仅定时任务可调用' };
    return { ok: true, data: await run(ctx) };
  };
}
