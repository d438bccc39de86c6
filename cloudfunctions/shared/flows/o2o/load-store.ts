import { failWith } from '../../../../src/domain/shared/domain-error';
import { STORE_ERRORS } from '../../../../src/contracts/stores';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';
import type { StoreDoc } from '../../kernel/docs/o2o-docs';

export async function loadStore(ops: DocOps, storeId: string): Promise<StoreDoc> {
  const store = await ops.get(COLLECTIONS.stores, storeId);
  if (!store) throw failWith(STORE_ERRORS.NOT_FOUND, '门店不存在');
  return store;
}
