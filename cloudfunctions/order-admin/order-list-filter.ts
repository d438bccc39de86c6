import { beijingDayRange } from '../shared/flows/exports/day-range';
import type { FieldCondition, Filter } from '../shared/kernel/store/store';

export interface OrderListFilter {
  status?: string;
  from?: string;
  to?: string;
  distributorId?: string;
  distributorScope?: 'DIRECT' | 'TEAM';
}

/**
 * The store filter of staff's order list. DIRECT reads position 0 of the snapshot (indexed with createdAt); TEAM
 * asks whether the array holds the distributor anywhere, which no index serves on the embedded store, so the page
 * query scans orders newest first until it fills — acceptable for an occasional staff look-up, and the UI defaults
 * to DIRECT.
 */
export function orderListFilter(input: OrderListFilter): Filter {
  const filter: Record<string, FieldCondition> = {};
  if (input.status) filter.status = input.status;
  if (input.from || input.to) {
    const range = beijingDayRange(input.from ?? '2000-01-01', input.to ?? '2999-12-31');
    filter.createdAt = { ...(input.from ? { $gte: range.start } : {}), ...(input.to ? { $lt: range.end } : {}) };
  }
  if (input.distributorId) {
    if (input.distributorScope === 'TEAM') filter.uplineSnapshot = { $has: input.distributorId };
    else filter['uplineSnapshot.0'] = input.distributorId;
  }
  return filter;
}
