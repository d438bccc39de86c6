import { computeLevelAmounts, type CommissionBasis } from '../../../../src/domain/commission/calculate-line-commission';
import { deriveBalance, type DerivedBalance } from '../../../../src/domain/ledger/derive-balance';
import { sumFen, toFen } from '../../../../src/domain/money/fen';
import type { BalanceDoc } from '../../kernel/docs/docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import { MAX_PAGE_SIZE, type CollectionDocs, type CollectionName, type Store } from '../../kernel/store/store';
import { zeroBalance } from './apply-balance-change';
import { settledByOpenBatch } from '../settlement/settled-by-open-batch';

export interface LedgerProblem {
  kind: 'BALANCE_MISMATCH' | 'LINE_NOT_CONSERVED' | 'LEVEL_BELOW_ZERO';
  subject: string;
  detail: string;
}

export interface LedgerReport {
  users: number;
  lines: number;
  problems: LedgerProblem[];
}

/** The cached fields; pending is never cached (it is summed from PENDING entries when read), so there is nothing to drift. */
const BALANCE_FIELDS: ReadonlyArray<keyof BalanceDoc & keyof DerivedBalance> = ['settledFen', 'inWithdrawalFen', 'withdrawnFen', 'availableFen', 'clawedBackFen'];

async function readAll<C extends CollectionName>(store: Store, collection: C): Promise<Array<CollectionDocs[C]>> {
  const all: Array<CollectionDocs[C]> = [];
  for (let skip = 0; ; skip += MAX_PAGE_SIZE) {
    const page = await store.find(collection, {}, { skip, limit: MAX_PAGE_SIZE, orderBy: [{ field: '_id', direction: 'asc' }] });
    all.push(...page);
    if (page.length < MAX_PAGE_SIZE) return all;
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/**
 * The ledger's consistency proof (`npm run ledger:check`, and the money tests):
 * - every user's cached balance equals what deriveBalance computes from their entries and withdrawals (entries an open
 *   settlement batch has already paid in counting as settled: settledByOpenBatch);
 * - every paid line's entries sum to the commission on what the shopper kept (exactly, for rate-based lines; never
 *   more, for fixed amounts), and no level of a line is below zero.
 */
export async function checkLedger(store: Store): Promise<LedgerReport> {
  const settling = await settledByOpenBatch(store);
  const [stored, withdrawals, balances, orders] = await Promise.all([
    readAll(store, COLLECTIONS.commissionEntries),
    readAll(store, COLLECTIONS.withdrawals),
    readAll(store, COLLECTIONS.balances),
    readAll(store, COLLECTIONS.orders),
  ]);
  // A settlement batch between its balance increments and its move of the entries: what it has paid in counts as settled.
  const entries = stored.map((e) => (settling(e) ? { ...e, status: 'SETTLED' as const } : e));
  const problems: LedgerProblem[] = [];
  const entriesByUser = groupBy(entries, (e) => e.beneficiaryId);
  const withdrawalsByUser = groupBy(withdrawals, (w) => w.userId);
  const cachedByUser = new Map(balances.map((b) => [b._id, b]));
  const users = new Set([...entriesByUser.keys(), ...withdrawalsByUser.keys(), ...cachedByUser.keys()]);
  for (const userId of users) {
    const derived = deriveBalance(entriesByUser.get(userId) ?? [], withdrawalsByUser.get(userId) ?? []);
    const cached = cachedByUser.get(userId) ?? zeroBalance(userId, '');
    // A balance written before clawedBackFen existed has none: it counts as 0.
    const off = BALANCE_FIELDS.filter((f) => derived[f] !== (cached[f] ?? 0));
    if (off.length) problems.push({ kind: 'BALANCE_MISMATCH', subject: userId, detail: off.map((f) => `${f}: cached ${cached[f]} ≠ entries ${derived[f]}`).join('; ') });
  }

  const entriesByLine = groupBy(entries, (e) => e.lineId);
  let lines = 0;
  for (const order of orders) {
    for (const line of order.lines) {
      const lineEntries = entriesByLine.get(line.lineId) ?? [];
      if (lineEntries.length === 0) continue;
      lines += 1;
      const refunded = order.afterSale?.[line.lineId];
      const keptFen = toFen(line.amountFen - (refunded?.refundedFen ?? 0));
      const keptUnits = line.quantity - (refunded?.refundedUnits ?? 0);
      const parents = lineEntries.filter((e) => e.kind === 'COMMISSION').sort((a, b) => a.level - b.level);
      const bases = parents.map((p) => p.basis as CommissionBasis);
      const expected = sumFen(computeLevelAmounts(keptFen, keptUnits, bases).map((a) => a.amountFen));
      const actual = sumFen(lineEntries.map((e) => e.amountFen));
      const allRates = bases.every((b) => b.kind === 'RATE');
      if (allRates ? actual !== expected : actual > expected) {
        problems.push({ kind: 'LINE_NOT_CONSERVED', subject: line.lineId, detail: `entries ${actual} vs commission on kept ${expected}` });
      }
      for (const parent of parents) {
        const net = sumFen(lineEntries.filter((e) => e._id === parent._id || e.parentEntryId === parent._id).map((e) => e.amountFen));
        if (net < 0) problems.push({ kind: 'LEVEL_BELOW_ZERO', subject: parent._id, detail: `net ${net}` });
      }
    }
  }
  return { users: users.size, lines, problems };
}
