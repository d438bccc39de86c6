import type { AgentView } from '../../src/contracts/stores';
import type { AgentDoc } from '../shared/kernel/docs/o2o-docs';

export function toAgentView(doc: AgentDoc, nicknames: ReadonlyMap<string, string>): AgentView {
  return { id: doc._id, userId: doc.userId, nickname: nicknames.get(doc.userId) ?? doc.userId, region: doc.region, rateBps: doc.rateBps, createdAt: doc.createdAt };
}
