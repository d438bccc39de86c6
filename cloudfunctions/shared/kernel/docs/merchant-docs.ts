import type { Region } from '../../../../src/domain/o2o/region';

/**
 * Stored shapes of the merchant collection's fixed-id documents besides the settings, the distribution policy and the
 * marketing rules (docs.ts, marketing-docs.ts): each has its own `_id`, so the store types a read by the id.
 */

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

export const FULL_REDUCTION_WINDOW_ID = 'full-reduction-window';

/**
 * When a 满减 can last be in force: the latest end of every activity saved or resumed as ACTIVE (it never moves back,
 * which only costs a query). An order placed after it needs no query of the activities. Saving or resuming one moves
 * it in the same transaction; the jobs timer builds it once from the activities themselves (`complete`), by
 * compare-and-set, so a save committing meanwhile is never lost. Until then checkout queries.
 */
export interface FullReductionWindowDoc {
  _id: typeof FULL_REDUCTION_WINDOW_ID;
  /** ISO time; '' when no activity was ever saved. */
  until: string;
  complete: boolean;
  version: number;
}

export const RECONCILE_CURSOR_ID = 'reconcile-cursor';

/** Where the next reconcile batch starts: after this order id (null: from the first due order). */
export interface ReconcileCursorDoc {
  _id: typeof RECONCILE_CURSOR_ID;
  afterId: string | null;
}

export const UPLINE_MOVES_ID = 'upline-moves';

/**
 * The moves whose team rewrite is still pending (job id → moved user), in one merchant document, so payment learns
 * them from the query that reads the distribution policy instead of a query of its own. `complete` says the list
 * holds every pending job: a move adds its job in its own transaction, and the jobs timer rebuilds the list from the
 * jobs themselves (dropping finished ones) by compare-and-set. Until the timer has done so once — or when more jobs
 * are pending than it reads — payment queries the jobs instead.
 */
export interface UplineMovesDoc {
  _id: typeof UPLINE_MOVES_ID;
  pending: Record<string, string>;
  complete: boolean;
  version: number;
}

/** The merchant document holding the shop's 热门搜索 words, set by staff (product-admin.saveHotWords). */
export const HOT_WORDS_DOC_ID = 'search-hot-words';

export interface HotWordsDoc {
  _id: typeof HOT_WORDS_DOC_ID;
  words: string[];
  updatedBy: string;
  updatedAt: string;
}
