import { marketingApi } from '../../../src/contracts/api/marketing';
import type { PointsAccountView } from '../../../src/contracts/marketing';
import { currentStreak, signInToday } from '../../../src/domain/promotions/sign-in';
import { shanghaiDay } from '../../../src/domain/shared/shanghai-day';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMarketingRules } from '../../shared/flows/marketing/get-marketing-rules';
import { toPointsChangeView } from '../../shared/flows/marketing/to-marketing-views';
import { readPage } from '../../shared/kernel/paging/to-page';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** 我的积分: balance, today's sign-in state, the rules, and the ledger newest first. */
export const getPointsAccount = defineAction(marketingApi.actions.getPointsAccount, async (ctx, input): Promise<PointsAccountView> => {
  const [rules, account] = await Promise.all([getMarketingRules(ctx.store), ctx.store.get(COLLECTIONS.pointsAccounts, ctx.openid)]);
  const today = shanghaiDay(ctx.now);
  const state = account?.signIn ?? { lastDay: null, streak: 0 };
  const signedInToday = state.lastDay === today;
  const history = await readPage(
    input,
    (skip, limit) => ctx.store.find(COLLECTIONS.pointsChanges, { userId: ctx.openid }, { skip, limit, orderBy: [{ field: 'at', direction: 'desc' }] }),
    toPointsChangeView,
  );
  const todayPoints = signedInToday ? 0 : (signInToday(rules.points, state, today)?.points ?? 0);
  return { balance: account?.balance ?? 0, signedInToday, streak: currentStreak(state, today), todayPoints, rules: rules.points, history };
});
