import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { RegionReportRow } from '../../../src/contracts/stores';
import { sumFen } from '../../../src/domain/money/fen';
import { AGENT_LEVEL } from '../../../src/domain/o2o/agent-commission';
import { regionContains } from '../../../src/domain/o2o/region';
import { readCapped } from '../../shared/flows/exports/read-capped';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { orderRegion } from '../../shared/flows/o2o/agent-entries-for-order';
import { loadOrdersById } from '../../shared/flows/orders/load-orders-by-id';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import { MAX_AGENTS } from './list-agents';

const ENTRIES_CAP = 5000;

/** Per current agent: the orders in their region they earned on, and their agent commission net of refund corrections. */
export const getRegionReport = defineAction(storeAdminApi.actions.getRegionReport, async (ctx): Promise<RegionReportRow[]> => {
  const agents = await ctx.store.find(COLLECTIONS.agents, { revokedAt: null }, { limit: MAX_AGENTS, orderBy: [{ field: '_id', direction: 'asc' }] });
  const names = await nicknamesOf(ctx.store, agents.map((a) => a.userId));
  return Promise.all(
    agents.map(async (agent): Promise<RegionReportRow> => {
      const { docs: entries } = await readCapped(
        (skip, limit) => ctx.store.find(COLLECTIONS.commissionEntries, { beneficiaryId: agent.userId, level: AGENT_LEVEL }, { skip, limit, orderBy: [{ field: '_id', direction: 'asc' }] }),
        ENTRIES_CAP,
      );
      // One user may be the agent of several regions: count only this region's orders.
      const orderIds = [...new Set(entries.map((e) => e.orderId))];
      const inRegion = new Set<string>();
      for (let i = 0; i < orderIds.length; i += 100) {
        const orders = await loadOrdersById(ctx.store, orderIds.slice(i, i + 100));
        for (const order of orders.values()) {
          const region = orderRegion(order);
          if (region && regionContains(agent.region, region)) inRegion.add(order._id);
        }
      }
      const mine = entries.filter((e) => inRegion.has(e.orderId));
      return { agentId: agent._id, region: agent.region, nickname: names.get(agent.userId) ?? agent.userId, orders: inRegion.size, commissionFen: sumFen(mine.map((e) => e.amountFen)) };
    }),
  );
});
