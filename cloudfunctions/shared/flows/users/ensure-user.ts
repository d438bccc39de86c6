import { randomInt } from 'node:crypto';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import { zeroStats } from '../ledger/apply-stats-change';
import { recordStats } from '../stats/record-stats';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps, Store } from '../../kernel/store/store';
import type { UserDoc } from '../../kernel/docs/docs';
import type { UserContext } from '../../kernel/context';

/** lastSeenAt is refreshed at most this often: one extra write per user per hour, not per call. */
const SEEN_EVERY_MS = 60 * 60 * 1000;

/**
 * Every openid the platform vouches for is a user; the first call creates the record. Also records the visit
 * (lastSeenAt, for the CRM) with a guarded single-document update outside any transaction: a lost race just means
 * another call of the same hour already wrote it.
 */
export async function ensureUser(ctx: UserContext): Promise<UserDoc> {
  const existing = await ctx.store.get(COLLECTIONS.users, ctx.openid);
  if (existing) return touchLastSeen(ctx, existing);
  const user = { ...newUserDoc(ctx.openid, defaultNickname('微信用户'), ctx.now), lastSeenAt: ctx.now.toISOString() };
  await insertNewUser(ctx.store, user);
  return (await ctx.store.get(COLLECTIONS.users, ctx.openid)) ?? user;
}

/**
 * Creates a user with zeroed counters, so that later events can move the counters with a blind increment (one
 * operation, e.g. a downline's first paid order) instead of a read and a write, and counts them among the day's new
 * users — in one transaction of create-if-absent writes, so a repeat counts nobody twice.
 */
export async function insertNewUser(store: Pick<Store, 'runTransaction'>, user: UserDoc): Promise<void> {
  await store.runTransaction((tx) => insertNewUserIn(tx, user));
}

/** The same inside a transaction the caller runs (e.g. seeding many users at once). */
export async function insertNewUserIn(tx: DocOps, user: UserDoc): Promise<void> {
  if (!(await tx.insert(COLLECTIONS.users, { ...user, inStats: true }))) return;
  await tx.insert(COLLECTIONS.userStats, zeroStats(user._id));
  await recordStats(tx, new Map([[shanghaiDay(user.createdAt), { newShoppers: 1 }]]));
}

export function newUserDoc(openid: string, nickname: string, now: Date): UserDoc {
  return {
    _id: openid,
    nickname,
    role: 'shopper',
    superiorId: null,
    upline: [],
    boundAt: null,
    bindSource: null,
    treeVersion: 0,
    hasTeam: false,
    createdAt: now.toISOString(),
    noticesAccepted: false,
  };
}

/** The visit stamp a write of `user` at `now` should carry, or nothing when the last one is under an hour old. */
export function lastSeenPatch(user: UserDoc, now: Date): { lastSeenAt?: string } {
  const last = user.lastSeenAt ? Date.parse(user.lastSeenAt) : NaN;
  return !Number.isNaN(last) && now.getTime() - last < SEEN_EVERY_MS ? {} : { lastSeenAt: now.toISOString() };
}

/** Records the visit on its own (guarded by the stamp read), when due. */
export async function touchLastSeen(ctx: UserContext, user: UserDoc): Promise<UserDoc> {
  const { lastSeenAt } = lastSeenPatch(user, ctx.now);
  if (!lastSeenAt) return user;
  const updated = await ctx.store.update(COLLECTIONS.users, user._id, user.lastSeenAt ? { lastSeenAt: user.lastSeenAt } : {}, { lastSeenAt });
  return updated ? { ...user, lastSeenAt } : user;
}

/**
 * A nickname for a user who has not given one: the prefix and four random digits, never part of the openid (staff
 * lists, team pages and exports show nicknames; the openid is an identity that must not leak through them).
 */
export function defaultNickname(prefix: string): string {
  return `${prefix}${randomInt(0, 10_000).toString().padStart(4, '0')}`;
}
