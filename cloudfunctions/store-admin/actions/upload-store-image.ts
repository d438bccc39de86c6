import { storeAdminApi } from '../../../src/contracts/api/store-admin';
import { STORE_ERRORS } from '../../../src/contracts/stores';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveStaffImage } from '../../shared/flows/uploads/save-staff-image';

/** Stores a store photo and returns its URL for saveStore, like uploadProductImage (saveStaffImage: by content hash, audited). */
export const uploadStoreImage = defineAction(storeAdminApi.actions.uploadStoreImage, async (ctx, input): Promise<{ url: string }> => {
  return saveStaffImage(ctx, { ...input, folder: 'stores', invalidCode: STORE_ERRORS.INVALID_IMAGE.code, action: 'uploadStoreImage' });
});
