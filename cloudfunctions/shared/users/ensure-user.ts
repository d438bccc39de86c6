import { COLLECTIONS } from '../store/collections';
import type { UserDoc } from '../docs';
import type { UserContext } from '../context';

/** Every openid the platform vouches for is a user; the first call creates the record. */
export async function ensureUser(ctx: UserContext): Promise<UserDoc> {
  const existing = await ctx.store.get<UserDoc>(COLLECTIONS.users, ctx.openid);
  if (existing) return existing;
  const user = newUserDoc(ctx.openid, `微信用户${ctx.openid.slice(-4)}`, ctx.now);
  await ctx.store.insert(COLLECTIONS.users, user);
  return (await ctx.store.get<UserDoc>(COLLECTIONS.users, ctx.openid)) ?? user;
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
    createdAt: now.toISOString(),
  };
}
