import type { FunctionContext } from '../context';
import type { JobFailureDoc } from '../docs/docs';
import { COLLECTIONS } from '../store/collections';

type JobContext = Pick<FunctionContext, 'store' | 'now' | 'log'> & Partial<Pick<FunctionContext, 'requestId'>>;

/**
 * Runs one item of a timer on its own: a failure is logged and recorded for staff (job_failures, one document per job
 * and item, counted on every failed run) and reported as false, so the timer goes on with the next item instead of
 * stopping at one it cannot handle. Recording never throws: a timer must survive its own bookkeeping too.
 */
export async function isolate(ctx: JobContext, job: string, subject: string, work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    await recordJobFailure(ctx, job, subject, error);
    return false;
  }
}

export async function recordJobFailure(ctx: JobContext, job: string, subject: string, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  ctx.log.error('job item failed', { job, subject, requestId: ctx.requestId, error: message });
  const nowIso = ctx.now.toISOString();
  const id = `${job}:${subject}`.slice(0, 128);
  try {
    const fresh: JobFailureDoc = { _id: id, job, subject, count: 1, lastError: message, firstAt: nowIso, lastAt: nowIso };
    if (await ctx.store.insert(COLLECTIONS.jobFailures, fresh)) return;
    await ctx.store.increment(COLLECTIONS.jobFailures, id, { count: 1 });
    await ctx.store.update(COLLECTIONS.jobFailures, id, {}, { lastError: message, lastAt: nowIso });
  } catch (recordError) {
    ctx.log.error('job failure not recorded', { job, subject, error: recordError instanceof Error ? recordError.message : String(recordError) });
  }
}
