import { distributorApi } from '../../../src/contracts/api/distributor';
import type { Ranking } from '../../../src/contracts/distributor';
import { earnsCommission } from '../../../src/domain/distribution/distributor-lifecycle';
import { rankingPeriodStart, topRanked } from '../../../src/domain/ranking/ranking-period';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { maskNickname } from '../../shared/flows/users/mask-nickname';
import { loadMyDistributor } from '../load-distributor';
import { rankingValues } from '../ranking-values';

const TOP = 20;

/**
 * Top distributors this Beijing week or month, by settled commission or by new paying direct customers; names
 * masked, only distributors who still earn. Computed on read through the settledAt / boundAt indexes: fine for a
 * shop's scale; a very large shop would precompute it on the settlement timer instead.
 */
export const getRanking = defineAction(distributorApi.actions.getRanking, async (ctx, input): Promise<Ranking> => {
  await loadMyDistributor(ctx);
  const since = rankingPeriodStart(ctx.now, input.period).toISOString();
  const values = await rankingValues(ctx.store, input.kind, since, ctx.log);
  const candidates = topRanked(values, TOP * 2);
  const ids = candidates.map((c) => c.id);
  const [distributors, users] = ids.length
    ? await Promise.all([
        ctx.store.find(COLLECTIONS.distributors, { _id: { $in: ids } }, { limit: ids.length }),
        ctx.store.find(COLLECTIONS.users, { _id: { $in: ids } }, { limit: ids.length }),
      ])
    : [[], []];
  const earning = new Set(distributors.filter((d) => earnsCommission(d.status)).map((d) => d._id));
  const names = new Map(users.map((u) => [u._id, u.nickname]));
  const rows = candidates
    .filter((c) => earning.has(c.id))
    .slice(0, TOP)
    .map((c, i) => ({ rank: i + 1, maskedName: maskNickname(names.get(c.id) ?? '分销商'), value: c.value, isMe: c.id === ctx.openid }));
  return { kind: input.kind, since, rows, myRank: rows.find((r) => r.isMe)?.rank ?? null };
});
