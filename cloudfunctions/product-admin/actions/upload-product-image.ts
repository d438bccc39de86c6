import { productAdminApi } from '../../../src/contracts/api/product-admin';
import { PRODUCT_ADMIN_ERRORS } from '../../../src/contracts/product-admin';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveStaffImage } from '../../shared/flows/uploads/save-staff-image';

/** Stores a product picture and returns its URL for saveProduct (saveStaffImage: by content hash, audited). */
export const uploadProductImage = defineAction(productAdminApi.actions.uploadProductImage, async (ctx, input): Promise<{ url: string }> => {
  return saveStaffImage(ctx, { ...input, folder: 'products', invalidCode: PRODUCT_ADMIN_ERRORS.INVALID_IMAGE.code, action: 'uploadProductImage' });
});
