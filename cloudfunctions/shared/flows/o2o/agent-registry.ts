import { regionContains, type Region } from '../../../../src/domain/o2o/region';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

export const AGENT_REGISTRY_ID = 'agent-regions';

export interface RegisteredAgent {
  agentId: string;
  userId: string;
  region: Region;
  rateBps: number;
}

/**
 * Every current agent in one document (merchant/agent-regions), kept in the transactions that appoint, re-rate or
 * revoke agents. Payment reads this one document to find an order's agent (a transaction cannot query), and
 * appointments compare-and-set its version, so two overlapping appointments at once cannot both pass the conflict
 * check. The agents collection keeps each agent's own record (history, revocation).
 */
export interface AgentRegistryDoc {
  _id: typeof AGENT_REGISTRY_ID;
  agents: RegisteredAgent[];
  version: number;
}

export async function readAgentRegistry(ops: Pick<DocOps, 'get'>): Promise<AgentRegistryDoc> {
  return (await ops.get<AgentRegistryDoc>(COLLECTIONS.merchant, AGENT_REGISTRY_ID)) ?? { _id: AGENT_REGISTRY_ID, agents: [], version: 0 };
}

/** Writes the next registry by compare-and-set on the version read; false when someone else changed it meanwhile. */
export async function writeAgentRegistry(ops: DocOps, read: AgentRegistryDoc, agents: RegisteredAgent[]): Promise<boolean> {
  if (read.version === 0) return ops.insert<AgentRegistryDoc>(COLLECTIONS.merchant, { _id: AGENT_REGISTRY_ID, agents, version: 1 });
  return ops.update(COLLECTIONS.merchant, AGENT_REGISTRY_ID, { version: read.version }, { agents, version: read.version + 1 });
}

/** The agent whose region contains `region` (regions never overlap, so at most one). */
export function agentFor(registry: AgentRegistryDoc, region: Region): RegisteredAgent | null {
  return registry.agents.find((a) => regionContains(a.region, region)) ?? null;
}
