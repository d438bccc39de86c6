import type { OfficialAccountView } from '../../../../src/contracts/official-account';
import { OFFICIAL_ACCOUNT_ID } from '../../kernel/docs/merchant-docs';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

export async function readOfficialAccount(reader: Pick<DocOps, 'get'>): Promise<OfficialAccountView> {
  const doc = await reader.get(COLLECTIONS.merchant, OFFICIAL_ACCOUNT_ID);
  return { showOnScan: doc?.showOnScan ?? false, name: doc?.name ?? '', qrImageUrl: doc?.qrImageUrl ?? null };
}
