import { rebaseUpline } from '../../../../src/domain/referral/rebase-upline';
import type { FunctionContext } from '../../kernel/context';
import type { UplineJobDoc, UserDoc } from '../../kernel/docs/docs';
import { stableId } from '../scenes/scene-id';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps, Filter, Store } from '../../kernel/store/store';
import { addUplineMove, syncUplineMoves } from './upline-moves';
import { moveStatus } from '../../kernel/store/move-status';
import { uplineJobLifecycle } from '../../../../src/domain/referral/upline-job-lifecycle';

/** Team members a bind or staff move rewrites before it returns; the rest is left to the jobs timer. */
export const INLINE_REWRITE_BUDGET = 200;
/** Team members one jobs-timer run rewrites at most (≈ 2 store operations each), well inside a function's timeout. */
export const TIMER_REWRITE_BUDGET = 5_000;
const PAGE = 200;
/** A member whose compare-and-set keeps losing to concurrent changes is re-read this many times. */
const ATTEMPTS = 5;

/**
 * Queues the rewrite of `user`'s team, inside the transaction that moves the user (one insert; the id comes from the
 * move, so a re-run transaction queues it once), and lists it as a pending move (addUplineMove). A user known to have
 * no team needs none.
 */
export async function queueUplineRewrite(tx: DocOps, user: UserDoc, nowIso: string): Promise<boolean> {
  if (user.hasTeam === false) return false;
  const job: UplineJobDoc = {
    _id: 'U' + stableId(['upline', user._id, String(user.treeVersion)], 20),
    userId: user._id,
    status: 'PENDING',
    cursorBoundAt: null,
    cursorSkip: 0,
    visited: 0,
    createdAt: nowIso,
    updatedAt: nowIso,
    finishedAt: null,
    version: 0,
  };
  if (await tx.insert(COLLECTIONS.uplineJobs, job)) await addUplineMove(tx, job._id, user._id);
  return true;
}

/**
 * Works pending rewrites, oldest first and one at a time (so two moves of related users apply in the order they were
 * made), until `maxMembers` team members were visited or none is pending. Each page: the moved user's CURRENT upline
 * (a later move of the same user wins), the next members in bind order after the job's cursor, each rebased by
 * compare-and-set on its tree version (idempotent: an already rebased member is not written), then the cursor saved
 * by compare-and-set on the job's version. A crash loses at most a page, which the next run repeats harmlessly. A
 * run that finished a job, or found none pending, brings the list of pending moves up to date (syncUplineMoves).
 */
export async function runUplineRewrites(ctx: Pick<FunctionContext, 'store' | 'now'>, options: { maxMembers: number }): Promise<{ rewritten: number; pending: boolean }> {
  let budget = options.maxMembers;
  let rewritten = 0;
  while (budget > 0) {
    const [job] = await ctx.store.find(COLLECTIONS.uplineJobs, { status: 'PENDING' }, { limit: 1, orderBy: [{ field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] });
    if (!job) {
      await syncUplineMoves(ctx.store);
      return { rewritten, pending: false };
    }
    const moved = await ctx.store.get(COLLECTIONS.users, job.userId);
    const limit = Math.min(PAGE, budget);
    const filter: Filter = job.cursorBoundAt === null ? { upline: { $has: job.userId } } : { upline: { $has: job.userId }, boundAt: { $gte: job.cursorBoundAt } };
    const page = moved
      ? await ctx.store.find(COLLECTIONS.users, filter, { limit, skip: job.cursorSkip, orderBy: [{ field: 'boundAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] })
      : [];
    for (const member of page) if (moved && (await rebaseOne(ctx.store, member, job.userId, moved.upline))) rewritten += 1;
    budget -= page.length;
    const done = page.length < limit;
    const lastBoundAt = page.at(-1)?.boundAt ?? null;
    const atLast = page.filter((m) => (m.boundAt ?? null) === lastBoundAt).length;
    const nowIso = ctx.now.toISOString();
    await moveStatus(ctx.store, {
      collection: COLLECTIONS.uplineJobs,
      id: job._id,
      lifecycle: uplineJobLifecycle,
      from: job.status,
      to: done ? 'DONE' : undefined,
      expected: { version: job.version },
      patch: {
        cursorBoundAt: page.length ? lastBoundAt : job.cursorBoundAt,
        cursorSkip: page.length === 0 ? job.cursorSkip : lastBoundAt === job.cursorBoundAt ? job.cursorSkip + atLast : atLast,
        visited: job.visited + page.length,
        updatedAt: nowIso,
        finishedAt: done ? nowIso : null,
        version: job.version + 1,
      },
    });
    if (done) await syncUplineMoves(ctx.store);
  }
  const [left] = await ctx.store.find(COLLECTIONS.uplineJobs, { status: 'PENDING' }, { limit: 1 });
  return { rewritten, pending: left !== undefined };
}

async function rebaseOne(store: Store, first: UserDoc, userId: string, newUpline: readonly string[]): Promise<boolean> {
  let member: UserDoc | null = first;
  for (let attempt = 0; attempt < ATTEMPTS && member; attempt++) {
    if (!member.upline.includes(userId) || isRebased(member.upline, userId, newUpline)) return false;
    const upline = rebaseUpline(member.upline, userId, newUpline);
    if (await store.update(COLLECTIONS.users, member._id, { treeVersion: member.treeVersion }, { upline, treeVersion: member.treeVersion + 1 })) return true;
    member = await store.get(COLLECTIONS.users, member._id);
  }
  return false;
}

function isRebased(upline: readonly string[], userId: string, newUpline: readonly string[]): boolean {
  const tail = upline.slice(upline.indexOf(userId) + 1);
  return tail.length === newUpline.length && tail.every((id, i) => id === newUpline[i]);
}
