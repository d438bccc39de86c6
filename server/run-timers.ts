import { invokeFunction, type LocalRuntime } from './local-runtime';

/** The timer-triggered functions, run the way their triggers would run them (no user, a timer source). */
export const TIMER_FUNCTIONS = ['order-timer', 'settlement', 'reconcile', 'activity-timer', 'jobs'] as const;

/** Each timer runs whatever the others did: in CloudBase they are separate functions, so one throwing stops none. */
export async function runTimers(runtime: LocalRuntime): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const name of TIMER_FUNCTIONS) {
    try {
      results[name] = await invokeFunction(runtime, name, {}, { openid: null, source: 'local_timer' });
    } catch (error) {
      runtime.log.error('timer failed', { timer: name, error: error instanceof Error ? error.message : String(error) });
      results[name] = { ok: false, code: 'COMMON.INTERNAL', message: '定时任务出错' };
    }
  }
  return results;
}
