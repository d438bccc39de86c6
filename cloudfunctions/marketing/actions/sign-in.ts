import { marketingApi } from '../../../src/contracts/api/marketing';
import type { SignInResult } from '../../../src/contracts/marketing';
import { signInToday } from '../../../src/domain/promotions/sign-in';
import { shanghaiDay } from '../../../src/domain/shared/shanghai-day';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { applyPointsChange } from '../../shared/flows/marketing/apply-points-change';
import { getMarketingRules } from '../../shared/flows/marketing/get-marketing-rules';
import { grantCouponInTx } from '../../shared/flows/marketing/grant-coupon';
import type { UserCouponDoc } from '../../shared/kernel/docs/marketing-docs';
import { toUserCouponView } from '../../shared/flows/marketing/to-marketing-views';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { ensureUser } from '../../shared/flows/users/ensure-user';

/**
 * 每日签到 (Beijing day). The change id `sign:<user>:<day>` and the account's version make it once per day even when
 * two taps race; the streak continues from yesterday or restarts at 1. A streak day may also grant a reward coupon
 * in the same transaction (request id `sign-<day>`, so it is granted once). A second sign-in the same day changes nothing.
 */
export const signIn = defineAction(marketingApi.actions.signIn, async (ctx): Promise<SignInResult> => {
  await ensureUser(ctx);
  const { points: rules } = await getMarketingRules(ctx.store);
  const today = shanghaiDay(ctx.now);
  const nowIso = ctx.now.toISOString();
  return ctx.store.runTransaction(async (tx): Promise<SignInResult> => {
    const account = await tx.get(COLLECTIONS.pointsAccounts, ctx.openid);
    const state = account?.signIn ?? { lastDay: null, streak: 0 };
    const next = signInToday(rules, state, today);
    const already = { alreadySignedIn: true, streak: state.streak, pointsEarned: 0, balance: account?.balance ?? 0, couponsGranted: [] };
    if (next === null) return already;
    const { applied, balance } = await applyPointsChange(
      tx,
      { id: `sign:${ctx.openid}:${today}`, userId: ctx.openid, kind: 'SIGN_IN', delta: next.points, note: `签到第 ${next.streak} 天`, ref: null },
      nowIso,
      { signIn: { lastDay: today, streak: next.streak } },
    );
    if (!applied) return { ...already, balance };
    const coupons: UserCouponDoc[] = [];
    for (const templateId of next.couponTemplateIds) {
      const outcome = await grantCouponInTx(tx, { templateId, userId: ctx.openid, requestId: `sign-${today}`, source: 'REWARD', nowIso });
      if (outcome.ok) coupons.push(outcome.coupon);
    }
    return { alreadySignedIn: false, streak: next.streak, pointsEarned: next.points, balance, couponsGranted: coupons.map((c) => toUserCouponView(c, nowIso)) };
  });
});
