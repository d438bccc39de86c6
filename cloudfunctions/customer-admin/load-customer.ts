import { CUSTOMER_ADMIN_ERRORS } from '../../src/contracts/customer-admin';
import { failWith } from '../../src/domain/shared/domain-error';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { Store } from '../shared/kernel/store/store';
import type { CustomerRecord } from './customer-source';

export async function loadCustomer(store: Store, userId: string): Promise<CustomerRecord> {
  const [user, stats, profile] = await Promise.all([
    store.get(COLLECTIONS.users, userId),
    store.get(COLLECTIONS.userStats, userId),
    store.get(COLLECTIONS.customerProfiles, userId),
  ]);
  if (!user) throw failWith(CUSTOMER_ADMIN_ERRORS.NOT_FOUND);
  return { user, stats, profile };
}
