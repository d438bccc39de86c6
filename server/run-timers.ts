import { invokeFunction, type LocalRuntime } from './local-runtime';

/** The timer-triggered functions, run the way their triggers would run them (no user, a timer source). */
export const TIMER_FUNCTIONS = ['settlement', 'reconcile', 'activity-timer', 'jobs'] as const;

export async function runTimers(runtime: LocalRuntime): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const name of TIMER_FUNCTIONS) results[name] = await invokeFunction(runtime, name, {}, { openid: null, source: 'local_timer' });
  return results;
}
