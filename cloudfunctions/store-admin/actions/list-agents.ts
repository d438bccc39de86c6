import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import type { AgentView } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import { toAgentView } from '../to-agent-view';

/** Regions are few (provinces, cities, districts a merchant sells in): one page holds them all. */
export const MAX_AGENTS = 1000;

export const listAgents = defineAction(storeAdminApi.actions.listAgents, async (ctx): Promise<AgentView[]> => {
  const agents = await ctx.store.find(COLLECTIONS.agents, { revokedAt: null }, { limit: MAX_AGENTS, orderBy: [{ field: '_id', direction: 'asc' }] });
  const names = await nicknamesOf(ctx.store, agents.map((a) => a.userId));
  return agents.map((a) => toAgentView(a, names));
});
