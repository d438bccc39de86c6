import { distributorApi } from '../../../src/contracts/api/distributor';
import type { TeamMemberView } from '../../../src/contracts/distributor';
import { toFen } from '../../../src/domain/money/fen';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { sumCommissionByBuyer } from '../../shared/flows/ledger/sum-commission-by-buyer';
import { readPage } from '../../shared/kernel/paging/to-page';
import { stableId } from '../../shared/flows/scenes/scene-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { maskNickname } from '../../shared/flows/users/mask-nickname';
import { teamFilter } from '../team-filter';

/**
 * One level of the caller's team, newest first: masked names, when each joined, their paid orders and the net
 * commission they produced for the caller. Per page: one indexed user query, one stats query, one entries query.
 */
export const listMyTeam = defineAction(distributorApi.actions.listMyTeam, async (ctx, input) => {
  const page = await readPage(
    input,
    (skip, limit) =>
      ctx.store.find(COLLECTIONS.users, teamFilter(ctx.openid, input.level), {
        skip,
        limit,
        orderBy: [{ field: 'boundAt', direction: 'desc' }],
      }),
    (u) => u,
  );
  const ids = page.items.map((u) => u._id);
  const [stats, commission] = await Promise.all([
    ids.length === 0 ? Promise.resolve([]) : ctx.store.find(COLLECTIONS.userStats, { _id: { $in: ids } }, { limit: ids.length }),
    sumCommissionByBuyer(ctx.store, ctx.openid, ids),
  ]);
  const paidOrders = new Map(stats.map((s) => [s._id, s.paidOrderCount]));
  const items = page.items.map(
    (u): TeamMemberView => ({
      key: stableId(['team', ctx.openid, u._id], 12),
      maskedName: maskNickname(u.nickname),
      level: input.level,
      joinedAt: u.boundAt,
      paidOrderCount: paidOrders.get(u._id) ?? 0,
      commissionFen: commission.get(u._id) ?? toFen(0),
    }),
  );
  return { items, nextCursor: page.nextCursor };
});
