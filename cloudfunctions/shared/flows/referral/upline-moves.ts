import { UPLINE_MOVES_ID } from '../../kernel/docs/merchant-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps, Store } from '../../kernel/store/store';

export { UPLINE_MOVES_ID, type UplineMovesDoc } from '../../kernel/docs/merchant-docs';

/** Pending jobs read at once; more than this means something is stuck (listJobFailures shows it). */
const MAX_PENDING_READ = 100;

/** Inside the move's transaction, with the job it queues: the move is pending from the moment it commits. */
export async function addUplineMove(tx: DocOps, jobId: string, userId: string): Promise<void> {
  const marker = await tx.get(COLLECTIONS.merchant, UPLINE_MOVES_ID);
  const written = marker
    ? await tx.update(COLLECTIONS.merchant, UPLINE_MOVES_ID, { version: marker.version }, { pending: { ...marker.pending, [jobId]: userId }, version: marker.version + 1 })
    : await tx.insert(COLLECTIONS.merchant, { _id: UPLINE_MOVES_ID, pending: { [jobId]: userId }, complete: false, version: 1 });
  if (!written) throw new Error('upline moves changed during the move transaction');
}

/**
 * Users whose team rewrite is still pending: a stored upline through one of them may be stale. From the marker when
 * it is complete (`reader` may have it prefetched: no read of its own), else one query of the jobs.
 */
export async function pendingUplineMovers(reader: Pick<DocOps, 'get'>, store: Pick<Store, 'find'>): Promise<Set<string>> {
  const marker = await reader.get(COLLECTIONS.merchant, UPLINE_MOVES_ID);
  if (marker?.complete) return new Set(Object.values(marker.pending));
  const jobs = await store.find(COLLECTIONS.uplineJobs, { status: 'PENDING' }, { limit: MAX_PENDING_READ });
  return new Set(jobs.map((j) => j.userId));
}

/**
 * The jobs timer's side: the marker becomes exactly the pending jobs. The marker is read before the jobs, and written
 * by compare-and-set on its version, so a move committing meanwhile (which adds itself to the marker) makes this
 * attempt fail and the next one see its job; a job finishing meanwhile at worst stays listed until the next run
 * (payment then walks the pointers, which is only slower).
 */
export async function syncUplineMoves(store: Store): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const marker = await store.get(COLLECTIONS.merchant, UPLINE_MOVES_ID);
    const jobs = await store.find(COLLECTIONS.uplineJobs, { status: 'PENDING' }, { limit: MAX_PENDING_READ });
    const pending = Object.fromEntries(jobs.map((j) => [j._id, j.userId]));
    const complete = jobs.length < MAX_PENDING_READ;
    if (marker && marker.complete === complete && sameKeys(marker.pending, pending)) return;
    const written = marker
      ? await store.update(COLLECTIONS.merchant, UPLINE_MOVES_ID, { version: marker.version }, { pending, complete, version: marker.version + 1 })
      : await store.insert(COLLECTIONS.merchant, { _id: UPLINE_MOVES_ID, pending, complete, version: 1 });
    if (written) return;
  }
}

function sameKeys(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b);
}
