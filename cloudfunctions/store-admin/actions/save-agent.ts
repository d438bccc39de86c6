import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS, type AgentView } from '../../../src/contracts/stores';
import { assertAgentRateWithinCap } from '../../../src/domain/o2o/agent-rate-within-cap';
import { regionLabel, regionsConflict } from '../../../src/domain/o2o/region';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { agentIdFor } from '../../shared/flows/o2o/agent-id';
import { readAgentRegistry, writeAgentRegistry } from '../../shared/flows/o2o/agent-registry';
import { ensureActiveDistributor } from '../../shared/flows/o2o/ensure-active-distributor';
import type { AgentDoc } from '../../shared/kernel/docs/o2o-docs';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { nicknamesOf } from '../../shared/flows/users/nicknames-of';
import { toAgentView } from '../to-agent-view';

/**
 * Appoints (or re-rates) the agent of a region. Refused: a region overlapping another agent's (the same region, or
 * one containing the other: STORE.REGION_CONFLICT), and a rate that with the chain's highest total would exceed
 * 100% of what the shopper pays (COMPLIANCE.AGENT_RATE_OVER_CAP). The agent becomes an ACTIVE distributor (free) so
 * their earnings use the same ledger and withdrawal flow. The conflict check and the write happen in one
 * transaction that compare-and-sets the agent registry, so overlapping appointments at once cannot both pass.
 * A changed rate applies to orders paid from now on. Audited.
 */
export const saveAgent = defineAction(storeAdminApi.actions.saveAgent, async (ctx, input): Promise<AgentView> => {
  assertAgentRateWithinCap(await getDistributionPolicy(ctx.store), input.rateBps);
  const id = agentIdFor(input.region);
  const nowIso = ctx.now.toISOString();
  const saved = await ctx.store.runTransaction(async (tx): Promise<AgentDoc> => {
    const registry = await readAgentRegistry(tx);
    const clash = registry.agents.find((a) => a.agentId !== id && regionsConflict(a.region, input.region));
    if (clash) throw failWith(STORE_ERRORS.REGION_CONFLICT, `与已有代理区域「${regionLabel(clash.region)}」重叠：一个地区只能有一位代理`);
    const stored = await tx.get(COLLECTIONS.agents, id);
    const current = stored && !stored.revokedAt ? stored : null;
    if (current && current.userId !== input.userId) throw failWith(STORE_ERRORS.REGION_CONFLICT, `「${regionLabel(input.region)}」已有代理，请先撤销`);
    await ensureActiveDistributor(tx, ctx, input.userId, `区域代理：${regionLabel(input.region)}`);
    const doc: AgentDoc = current
      ? { ...current, rateBps: input.rateBps, updatedAt: nowIso }
      : { _id: id, userId: input.userId, region: input.region, rateBps: input.rateBps, createdBy: ctx.openid, createdAt: nowIso, updatedAt: nowIso, revokedAt: null };
    const { _id: _same, ...fields } = doc;
    const written = stored ? await tx.update(COLLECTIONS.agents, id, { updatedAt: stored.updatedAt }, fields) : await tx.insert(COLLECTIONS.agents, doc);
    const entry = { agentId: id, userId: doc.userId, region: doc.region, rateBps: doc.rateBps };
    if (!written || !(await writeAgentRegistry(tx, registry, [...registry.agents.filter((a) => a.agentId !== id), entry]))) {
      throw failWith(STORE_ERRORS.BUSY, '代理设置刚刚被修改，请重试');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'saveAgent', target: id, before: stored, after: doc });
    return doc;
  });
  return toAgentView(saved, await nicknamesOf(ctx.store, [saved.userId]));
});
