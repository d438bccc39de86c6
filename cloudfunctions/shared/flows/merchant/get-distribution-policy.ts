import { DEFAULT_DISTRIBUTION_POLICY, type DistributionPolicy } from '../../../../src/domain/distribution/distribution-policy';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

export const POLICY_DOC_ID = 'distribution-policy';

/** The merchant's current distribution policy; the compliant default until staff save their own. */
export async function getDistributionPolicy(store: Pick<DocOps, 'get'>): Promise<DistributionPolicy> {
  const doc = await store.get(COLLECTIONS.merchant, POLICY_DOC_ID);
  return doc?.policy ?? DEFAULT_DISTRIBUTION_POLICY;
}
