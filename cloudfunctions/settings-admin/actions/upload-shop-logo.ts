import { SETTINGS_ADMIN_ERRORS } from '../../../src/contracts/settings-admin';
import { settingsAdminInputs } from '../../../src/contracts/settings-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveStaffImage } from '../../shared/flows/uploads/save-staff-image';

/** Stores the shop's logo and returns its URL for updateShopSettings (saveStaffImage: by content hash, audited). */
export const uploadShopLogo = defineAction(settingsAdminInputs.uploadShopLogo, async (ctx, input): Promise<{ url: string }> => {
  await requirePermission(ctx, 'settings');
  return saveStaffImage(ctx, { ...input, folder: 'shop', invalidCode: SETTINGS_ADMIN_ERRORS.INVALID_IMAGE, action: 'uploadShopLogo' });
});
