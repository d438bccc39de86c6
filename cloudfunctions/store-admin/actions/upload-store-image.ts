import { STORE_ERRORS } from '../../../src/contracts/stores';
import { storeAdminInputs } from '../../../src/contracts/stores-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveStaffImage } from '../../shared/flows/uploads/save-staff-image';

/** Stores a store photo and returns its URL for saveStore, like uploadProductImage (saveStaffImage: by content hash, audited). */
export const uploadStoreImage = defineAction(storeAdminInputs.uploadStoreImage, async (ctx, input): Promise<{ url: string }> => {
  await requirePermission(ctx, 'settings');
  return saveStaffImage(ctx, { ...input, folder: 'stores', invalidCode: STORE_ERRORS.INVALID_IMAGE, action: 'uploadStoreImage' });
});
