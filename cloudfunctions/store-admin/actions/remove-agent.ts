import { failWith } from '../../../src/domain/shared/domain-error';
import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS } from '../../../src/contracts/stores';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { readAgentRegistry, writeAgentRegistry } from '../../shared/flows/o2o/agent-registry';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/**
 * Revokes a region's agent: orders paid from now on pay them nothing; what they already earned stays theirs (entries
 * are immutable, refunds still correct them). The store port has no delete, so the agent is marked revoked and
 * leaves the registry; the region is free again. Repeating is a no-op. Audited.
 */
export const removeAgent = defineAction(storeAdminApi.actions.removeAgent, async (ctx, input): Promise<{ removed: boolean }> => {
  return ctx.store.runTransaction(async (tx) => {
    const agent = await tx.get(COLLECTIONS.agents, input.agentId);
    if (!agent) throw failWith(STORE_ERRORS.AGENT_NOT_FOUND, '代理不存在');
    if (agent.revokedAt) return { removed: false };
    const revokedAt = ctx.now.toISOString();
    const registry = await readAgentRegistry(tx);
    const revoked = await tx.update(COLLECTIONS.agents, agent._id, { revokedAt: null }, { revokedAt, updatedAt: revokedAt });
    if (!revoked || !(await writeAgentRegistry(tx, registry, registry.agents.filter((a) => a.agentId !== agent._id)))) {
      throw failWith(STORE_ERRORS.BUSY, '代理设置刚刚被修改，请重试');
    }
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'removeAgent', target: agent._id, before: agent, after: { ...agent, revokedAt } });
    return { removed: true };
  });
});
