import { beijingDayRange } from '../shared/flows/exports/day-range';
import type { FieldCondition, Filter } from '../shared/kernel/store/store';

export interface OrderListFilter {
  status?: string;
  from?: string;
  to?: string;
  distributorId?: string;
  distributorScope?: 'DIRECT' | 'TEAM';
  search?: string;
}

/** An 11-digit number starting with 1 is a phone; anything else is looked up as an order number. */
const isPhone = (text: string) => /^1\d{10}$/.test(text);

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
  if (input.search) {
    if (isPhone(input.search)) filter['address.phone'] = input.search;
    else filter._id = input.search;
  }
  if (input.distributorId) {
    if (input.distributorScope === 'TEAM') filter.uplineSnapshot = { $has: input.distributorId };
    else filter['uplineSnapshot.0'] = input.distributorId;
  }
  return filter;
}
