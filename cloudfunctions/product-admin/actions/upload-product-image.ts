import { PRODUCT_ADMIN_ERRORS } from '../../../src/contracts/product-admin';
import { productAdminInputs } from '../../../src/contracts/product-admin-inputs';
import { requirePermission } from '../../shared/flows/auth/require-permission';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { saveStaffImage } from '../../shared/flows/uploads/save-staff-image';

/** Stores a product picture and returns its URL for saveProduct (saveStaffImage: by content hash, audited). */
export const uploadProductImage = defineAction(productAdminInputs.uploadProductImage, async (ctx, input): Promise<{ url: string }> => {
  await requirePermission(ctx, 'products');
  return saveStaffImage(ctx, { ...input, folder: 'products', invalidCode: PRODUCT_ADMIN_ERRORS.INVALID_IMAGE, action: 'uploadProductImage' });
});
