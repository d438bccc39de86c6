import { settingsAdminApi } from '../../../src/contracts/api/settings-admin';
import type { OfficialAccountView } from '../../../src/contracts/official-account';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import { OFFICIAL_ACCOUNT_ID, type OfficialAccountDoc } from '../../shared/kernel/docs/merchant-docs';
import { readOfficialAccount } from '../../shared/flows/merchant/official-account';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Staff choose whether scan-opened pages show 关注公众号, and the account's name and QR image for H5. Audited. */
export const setOfficialAccount = defineAction(settingsAdminApi.actions.setOfficialAccount, async (ctx, input): Promise<OfficialAccountView> => {
  return ctx.store.runTransaction(async (tx) => {
    const before = await readOfficialAccount(tx);
    const doc: OfficialAccountDoc = { _id: OFFICIAL_ACCOUNT_ID, ...input, updatedAt: ctx.now.toISOString() };
    if (!(await tx.insert(COLLECTIONS.merchant, doc))) await tx.update(COLLECTIONS.merchant, OFFICIAL_ACCOUNT_ID, {}, { ...input, updatedAt: doc.updatedAt });
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'setOfficialAccount', target: OFFICIAL_ACCOUNT_ID, before, after: input });
    return { showOnScan: input.showOnScan, name: input.name, qrImageUrl: input.qrImageUrl };
  });
});
