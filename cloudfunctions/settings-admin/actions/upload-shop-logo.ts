import { settingsAdminApi } from '../../../src/contracts/api/settings-admin';
import { SETTINGS_ADMIN_ERRORS } from '../../../src/contracts/settings-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveStaffImage } from '../../shared/flows/uploads/save-staff-image';

/** Stores the shop's logo and returns its URL for updateShopSettings (saveStaffImage: by content hash, audited). */
export const uploadShopLogo = defineAction(settingsAdminApi.actions.uploadShopLogo, async (ctx, input): Promise<{ url: string }> => {
  return saveStaffImage(ctx, { ...input, folder: 'shop', invalidCode: SETTINGS_ADMIN_ERRORS.INVALID_IMAGE.code, action: 'uploadShopLogo' });
});
