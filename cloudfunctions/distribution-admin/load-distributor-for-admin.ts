import { DISTRIBUTION_ADMIN_ERRORS } from '../../src/contracts/distribution-admin';
import { failWith } from '../../src/domain/shared/domain-error';
import type { DistributorDoc, UserDoc } from '../shared/kernel/docs/docs';
import { COLLECTIONS } from '../shared/kernel/store/collections';
import type { DocOps } from '../shared/kernel/store/store';

export async function loadDistributorForAdmin(ops: DocOps, userId: string): Promise<DistributorDoc> {
  const distributor = await ops.get(COLLECTIONS.distributors, userId);
  if (!distributor) throw failWith(DISTRIBUTION_ADMIN_ERRORS.DISTRIBUTOR_NOT_FOUND);
  return distributor;
}

export async function loadUserForAdmin(ops: DocOps, userId: string): Promise<UserDoc> {
  const user = await ops.get(COLLECTIONS.users, userId);
  if (!user) throw failWith(DISTRIBUTION_ADMIN_ERRORS.USER_NOT_FOUND);
  return user;
}
