import { catalogApi } from '../../../src/contracts/api/catalog';
import { CATALOG_ERRORS, type ProductDetail } from '../../../src/contracts/catalog';
import { failWith } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { getDistributionPolicy } from '../../shared/flows/merchant/get-distribution-policy';
import { toSkuView } from '../../shared/flows/catalog/to-sku-view';
import type { SkuDoc } from '../../shared/kernel/docs/docs';
import { COLLECTIONS } from '../../shared/kernel/store/collections';
import { toProductCard } from '../product-views';
import { shareEarnPreview } from '../share-earn-preview';

export const getProduct = defineAction(catalogApi.actions.getProduct, async (ctx, input): Promise<ProductDetail> => {
  const product = await ctx.store.get(COLLECTIONS.products, input.productId);
  if (!product || !product.onShelf) throw failWith(CATALOG_ERRORS.PRODUCT_NOT_FOUND);
  const [skus, distributor] = await Promise.all([
    ctx.store.find(COLLECTIONS.skus, { productId: product._id }, { limit: 100, orderBy: [{ field: 'priceFen', direction: 'asc' }] }),
    ctx.store.get(COLLECTIONS.distributors, ctx.openid),
  ]);
  const policy = distributor ? await getDistributionPolicy(ctx.store) : null;
  const earnOf = (sku: SkuDoc | undefined) => (policy ? shareEarnPreview(policy, distributor, sku) : null);
  const shareEarnFen = earnOf(skus[0]);
  return {
    ...toProductCard(product),
    images: product.images,
    description: product.description,
    skus: skus.map((s) => toSkuView(s, earnOf(s))),
    shareEarnFen,
    shareMaterial: shareEarnFen !== null ? (product.shareMaterial ?? null) : null,
  };
});
