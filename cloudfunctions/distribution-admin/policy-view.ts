import type { PolicyView } from '../../src/contracts/distribution-admin';
import { DEFAULT_DISTRIBUTION_POLICY } from '../../src/domain/distribution/distribution-policy';
import type { PolicyDoc } from '../shared/kernel/docs/docs';

export function toPolicyView(doc: PolicyDoc | null): PolicyView {
  return doc
    ? { policy: doc.policy, updatedBy: doc.updatedBy, updatedAt: doc.updatedAt }
    : { policy: DEFAULT_DISTRIBUTION_POLICY, updatedBy: null, updatedAt: null };
}
