import { failWith } from '../../../../src/domain/shared/domain-error';
import { REFERRAL_ERRORS, type BindOutcome } from '../../../../src/contracts/referral';
import { earnsCommission } from '../../../../src/domain/distribution/distributor-lifecycle';
import { decideBind, type BindRefusalCode } from '../../../../src/domain/referral/decide-bind';
import { shouldBindOn, type BindEvent } from '../../../../src/domain/referral/should-bind-on';
import type { FunctionContext } from '../../kernel/context';
import type { DistributionPolicy } from '../../../../src/domain/distribution/distribution-policy';
import type { DistributorDoc, UserDoc } from '../../kernel/docs/docs';
import { getDistributionPolicy } from '../merchant/get-distribution-policy';
import { COLLECTIONS } from '../../kernel/store/collections';
import { INLINE_REWRITE_BUDGET, runUplineRewrites } from './upline-rewrite-jobs';
import { moveInTree } from './move-in-tree';
import { readSharerChain, touchSharerChain } from './sharer-chain';

const REFUSALS: Record<BindRefusalCode, BindOutcome> = {
  'REFERRAL.SELF': 'SELF',
  'REFERRAL.CYCLE': 'CYCLE',
  'REFERRAL.ALREADY_BOUND': 'ALREADY_BOUND',
  'REFERRAL.PROTECTED': 'PROTECTED',
  'REFERRAL.NOT_NEW_USER': 'NOT_NEW_USER',
};

export interface BindToSharerRequest {
  userId: string;
  sharerId: string;
  scene: string | null;
  /** OPEN: the user opened a code or share card; FIRST_ORDER: the user just placed their first order. */
  event: BindEvent;
  /**
   * Whether the user placed an order before this event, the one just placed excluded (a query: a transaction cannot
   * query). Asked only when the answer matters: under the FIRST_ORDER trigger.
   */
  hasOrdered: () => Promise<boolean>;
}

/** What the caller already read (bindByScene reads them together): used instead of reading again. */
export interface BindKnown {
  user: UserDoc;
  sharer: UserDoc | null;
  distributor: DistributorDoc | null;
  policy: DistributionPolicy;
  /** Fields the user's own write should carry along (the hourly lastSeenAt), so the visit costs no write of its own. */
  userPatch?: Partial<UserDoc>;
}

/**
 * Binds a user to a sharer under the merchant's binding policy (rule, "only new users", trigger), or explains why
 * not:
 * - the sharer must be an earning distributor (active or frozen);
 * - "new" means no paid order yet (UserStatsDoc.paidOrderCount, the counter payment keeps);
 * - under the FIRST_ORDER trigger an open only remembers the latest sharer on the user (人人商城: the last touch
 *   before the first order wins); the first order then binds, here again, with event FIRST_ORDER;
 * - a bind or rebind (moveInTree) is a compare-and-set on the user's tree version and superior, touches the sharer's tree
 *   version — and, when the user has a team, every ancestor's (readSharerChain) — so two concurrent binds that would
 *   close a cycle conflict instead of both passing (snapshot isolation's write skew), and writes a binding record.
 * The user, the sharer, the sharer's distributor record and the policy are read before the transaction (in one query
 * for both users): the transaction's compare-and-sets on the user and the sharer prove the two unchanged since (when
 * one fails, the bind is decided again on fresh reads), and the status and the policy are as current as a read
 * inside would be (CloudBase does not re-check documents a transaction only read). The binding record is created without an existence check: its id is the user's tree
 * version, which the user's compare-and-set claims.
 * A user with a team also queues the rewrite of the team's uplines in that transaction; after commit a bounded part
 * of it runs here, the rest on the jobs timer (runUplineRewrites), so the call takes bounded time whatever the team.
 */
export async function bindToSharer(ctx: FunctionContext, req: BindToSharerRequest, known?: BindKnown): Promise<BindOutcome> {
  // A compare-and-set that finds the user or the sharer changed since they were read decides again on fresh reads
  // (a concurrent bind may have made this one a cycle, or the user's own rebind may now be protected).
  for (let attempt = 1; ; attempt++) {
    const subjects = attempt === 1 && known ? known : await readBindSubjects(ctx, req, known?.userPatch);
    try {
      return await bindOnce(ctx, req, subjects);
    } catch (error) {
      if (!(error instanceof StaleRead)) throw error;
      if (attempt >= BIND_ATTEMPTS) throw failWith(REFERRAL_ERRORS.BUSY);
    }
  }
}

const BIND_ATTEMPTS = 3;

/** Thrown inside the transaction (rolling it back) when a compare-and-set finds a document changed since it was read. */
class StaleRead extends Error {}

async function bindOnce(ctx: FunctionContext, req: BindToSharerRequest, subjects: BindKnown): Promise<BindOutcome> {
  const nowIso = ctx.now.toISOString();
  const { user, sharer, distributor, policy, userPatch = {} } = subjects;
  const { rule, onlyNewUsers, trigger } = policy.binding;
  const remembersOnly = req.event === 'OPEN' && !shouldBindOn(trigger, 'OPEN');
  const [stats, hasOrdered] = await Promise.all([
    onlyNewUsers ? ctx.store.get(COLLECTIONS.userStats, user._id) : Promise.resolve(null),
    remembersOnly || req.event === 'FIRST_ORDER' ? req.hasOrdered() : Promise.resolve(false),
  ]);
  const result = await ctx.store.runTransaction(async (tx): Promise<{ outcome: BindOutcome; moved: boolean }> => {
    const finish = async (outcome: BindOutcome) => {
      // A first-order bind consumes the remembered touch whatever it decides: later orders never bind.
      if (req.event === 'FIRST_ORDER') await tx.update(COLLECTIONS.users, user._id, {}, { pendingSharerId: null, pendingScene: null, pendingAt: null });
      return { outcome, moved: false };
    };
    if (req.sharerId === user._id) return finish('SELF');
    if (!sharer || !distributor || !earnsCommission(distributor.status)) return finish('SHARER_NOT_DISTRIBUTOR');

    const chain = await readSharerChain(tx, user, sharer);
    const decision = decideBind({
      userId: user._id,
      currentSuperiorId: user.superiorId,
      sharerId: sharer._id,
      sharerUpline: chain.upline,
      rule,
      // A superior set without a time (data from before times were kept) counts from the user's creation.
      boundAt: user.superiorId === null ? null : (user.boundAt ?? user.createdAt),
      now: nowIso,
      onlyNewUsers,
      isNewUser: (stats?.paidOrderCount ?? 0) === 0,
    });
    if (decision.kind === 'REFUSE') return finish(REFUSALS[decision.code]);

    if (remembersOnly) {
      // The merchant binds at the first order: an open before it is remembered (the latest one wins), an open
      // after it can no longer bind.
      if (hasOrdered) return finish('AFTER_FIRST_ORDER');
      await tx.update(COLLECTIONS.users, user._id, {}, { ...userPatch, pendingSharerId: sharer._id, pendingScene: req.scene, pendingAt: nowIso });
      return { outcome: 'PENDING_FIRST_ORDER', moved: false };
    }
    // A remembered touch binds at the first order only (a touch remembered before the merchant switched the trigger
    // back to OPEN is still honoured: the user did open that code before ordering).
    if (req.event === 'FIRST_ORDER' && hasOrdered) return finish('AFTER_FIRST_ORDER');

    if (!(await touchSharerChain(tx, chain))) throw new StaleRead();
    const source = req.event === 'OPEN' ? 'scene' : 'order';
    const tree = await moveInTree(tx, { user, superiorId: decision.superiorId, upline: decision.upline, source, scene: req.scene, nowIso, userPatch });
    if (!tree.moved) throw new StaleRead();
    return { outcome: user.superiorId === null ? 'BOUND' : 'REBOUND', moved: tree.rewrite };
  });

  // The user's team: their uplines now continue through the new superior (a bounded part now, the rest on the timer).
  if (result.moved) await runUplineRewrites(ctx, { maxMembers: INLINE_REWRITE_BUDGET });
  return result.outcome;
}

/** The user and the sharer in one query, the sharer's distributor record and the policy beside it. */
async function readBindSubjects(ctx: FunctionContext, req: BindToSharerRequest, userPatch?: Partial<UserDoc>): Promise<BindKnown> {
  const [users, distributor, policy] = await Promise.all([
    ctx.store.find(COLLECTIONS.users, { _id: { $in: [req.userId, req.sharerId] } }, { limit: 2 }),
    ctx.store.get(COLLECTIONS.distributors, req.sharerId),
    getDistributionPolicy(ctx.store),
  ]);
  const user = users.find((u) => u._id === req.userId);
  if (!user) throw new Error(`bindToSharer: no user ${req.userId}`); // callers ensure the user first
  return { user, sharer: users.find((u) => u._id === req.sharerId) ?? null, distributor, policy, ...(userPatch ? { userPatch } : {}) };
}
