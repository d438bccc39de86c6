import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps, Store } from '../../kernel/store/store';
import { FULL_REDUCTION_WINDOW_ID } from '../../kernel/docs/merchant-docs';

export { FULL_REDUCTION_WINDOW_ID, type FullReductionWindowDoc } from '../../kernel/docs/merchant-docs';

/** Whether checkout must look for active 满减 at `nowIso` (the window document may come prefetched). */
export async function mayHaveActiveFullReduction(reader: Pick<DocOps, 'get'>, nowIso: string): Promise<boolean> {
  const window = await reader.get(COLLECTIONS.merchant, FULL_REDUCTION_WINDOW_ID);
  return !window?.complete || nowIso < window.until;
}

/** Inside the transaction that saves or resumes an ACTIVE activity ending at `endAt`. */
export async function extendFullReductionWindow(tx: DocOps, endAt: string): Promise<void> {
  const window = await tx.get(COLLECTIONS.merchant, FULL_REDUCTION_WINDOW_ID);
  if (window && window.until >= endAt) return;
  const written = window
    ? await tx.update(COLLECTIONS.merchant, FULL_REDUCTION_WINDOW_ID, { version: window.version }, { until: endAt, version: window.version + 1 })
    : await tx.insert(COLLECTIONS.merchant, { _id: FULL_REDUCTION_WINDOW_ID, until: endAt, complete: false, version: 1 });
  if (!written) throw new Error('the 满减 window changed during its transaction');
}

/**
 * The jobs timer's migration: once, the window from every ACTIVE activity (read before them, written by
 * compare-and-set). One read when already complete.
 */
export async function completeFullReductionWindow(store: Store): Promise<{ completed: boolean }> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const window = await store.get(COLLECTIONS.merchant, FULL_REDUCTION_WINDOW_ID);
    if (window?.complete) return { completed: false };
    const [latest] = await store.find(COLLECTIONS.fullReductions, { status: 'ACTIVE' }, { limit: 1, orderBy: [{ field: 'endAt', direction: 'desc' }] });
    const until = [window?.until ?? '', latest?.endAt ?? ''].reduce((a, b) => (a > b ? a : b));
    const written = window
      ? await store.update(COLLECTIONS.merchant, FULL_REDUCTION_WINDOW_ID, { version: window.version }, { until, complete: true, version: window.version + 1 })
      : await store.insert(COLLECTIONS.merchant, { _id: FULL_REDUCTION_WINDOW_ID, until, complete: true, version: 1 });
    if (written) return { completed: true };
  }
  return { completed: false };
}
