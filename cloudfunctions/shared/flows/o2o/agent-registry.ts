import { regionContains, type Region } from '../../../../src/domain/o2o/region';
import { AGENT_REGISTRY_ID, type AgentRegistryDoc, type RegisteredAgent } from '../../kernel/docs/merchant-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

export { AGENT_REGISTRY_ID, type AgentRegistryDoc, type RegisteredAgent } from '../../kernel/docs/merchant-docs';

export async function readAgentRegistry(ops: Pick<DocOps, 'get'>): Promise<AgentRegistryDoc> {
  return (await ops.get(COLLECTIONS.merchant, AGENT_REGISTRY_ID)) ?? { _id: AGENT_REGISTRY_ID, agents: [], version: 0 };
}

/** Writes the next registry by compare-and-set on the version read; false when someone else changed it meanwhile. */
export async function writeAgentRegistry(ops: DocOps, read: AgentRegistryDoc, agents: RegisteredAgent[]): Promise<boolean> {
  if (read.version === 0) return ops.insert(COLLECTIONS.merchant, { _id: AGENT_REGISTRY_ID, agents, version: 1 });
  return ops.update(COLLECTIONS.merchant, AGENT_REGISTRY_ID, { version: read.version }, { agents, version: read.version + 1 });
}

/** The agent whose region contains `region` (regions never overlap, so at most one). */
export function agentFor(registry: AgentRegistryDoc, region: Region): RegisteredAgent | null {
  return registry.agents.find((a) => regionContains(a.region, region)) ?? null;
}
