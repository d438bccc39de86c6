import { diffStats, distributorContribution } from '../../../../src/domain/report/daily-stats';
import type { DistributorDoc } from '../../kernel/docs/docs';
import type { DocOps } from '../../kernel/store/store';
import { recordStats } from './record-stats';

/** What a distributor record's write must carry: it is counted in the daily statistics from then on. */
export const COUNTED = { inStats: true } as const;

/**
 * In the transaction that writes a distributor record (carrying COUNTED): its change to the new distributors of the
 * day it was admitted — one while it can earn. A record not counted before (from before the statistics) had added
 * nothing, so nothing of it is taken back.
 */
export async function recordDistributorStats(tx: DocOps, before: DistributorDoc | null, after: DistributorDoc): Promise<void> {
  await recordStats(tx, diffStats(distributorContribution(after), distributorContribution(before?.inStats ? before : null)));
}
