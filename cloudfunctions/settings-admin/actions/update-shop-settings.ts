import { settingsAdminApi } from '../../../src/contracts/api/settings-admin';
import type { ShopSettingsView } from '../../../src/contracts/settings-admin';
import { writeAudit } from '../../shared/flows/auth/write-audit';
import type { MerchantSettingsDoc } from '../../shared/kernel/docs/docs';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getMerchantSettings, toShopSettingsView } from '../../shared/flows/merchant/get-merchant-settings';
import { COLLECTIONS } from '../../shared/kernel/store/collections';

/** Saves the shop's name, timings and hold limits (new orders use them; existing deadlines stay as they were set). Audited. */
export const updateShopSettings = defineAction(settingsAdminApi.actions.updateShopSettings, async (ctx, input): Promise<ShopSettingsView> => {
  const saved = await ctx.store.runTransaction(async (tx) => {
    const before = await getMerchantSettings(tx);
    const next: MerchantSettingsDoc = { ...before, ...input };
    // The document exists once the shop is seeded or first saved; insert covers a shop still on the defaults.
    if (!(await tx.insert(COLLECTIONS.merchant, next))) await tx.update(COLLECTIONS.merchant, 'settings', {}, input);
    await writeAudit(tx, ctx, { actorId: ctx.openid, action: 'updateShopSettings', target: 'settings', before, after: next });
    return next;
  });
  return toShopSettingsView(saved);
});
