import type { OfficialAccountView } from '../../../../src/contracts/official-account';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { DocOps } from '../../kernel/store/store';

/** `merchant/official-account`: whether scan-opened pages show the follow block (off until staff set it). */
export const OFFICIAL_ACCOUNT_ID = 'official-account';

export interface OfficialAccountDoc extends OfficialAccountView {
  _id: typeof OFFICIAL_ACCOUNT_ID;
  updatedAt: string;
}

export async function readOfficialAccount(reader: Pick<DocOps, 'get'>): Promise<OfficialAccountView> {
  const doc = await reader.get<OfficialAccountDoc>(COLLECTIONS.merchant, OFFICIAL_ACCOUNT_ID);
  return { showOnScan: doc?.showOnScan ?? false, name: doc?.name ?? '', qrImageUrl: doc?.qrImageUrl ?? null };
}
