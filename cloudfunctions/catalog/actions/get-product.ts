import { CATALOG_ERRORS, type ProductDetail } from '../../../src/contracts/catalog';
import { catalogInputs } from '../../../src/contracts/catalog-inputs';
import { applyRateFloor } from '../../../src/domain/money/fen';
import { DomainError } from '../../../src/domain/shared/domain-error';
import { defineAction } from '../../shared/handler/define-action';
import { getMerchantSettings } from '../../shared/merchant/get-merchant-settings';
import { COLLECTIONS } from '../../shared/store/collections';
import type { DistributorDoc, ProductDoc, SkuDoc } from '../../shared/docs';
import { toProductCard } from '../product-views';

export const getProduct = defineAction(catalogInputs.getProduct, async (ctx, input): Promise<ProductDetail> => {
  const product = await ctx.store.get<ProductDoc>(COLLECTIONS.products, input.productId);
  if (!product || !product.onShelf) throw new DomainError(CATALOG_ERRORS.PRODUCT_NOT_FOUND, '商品不存在或已下架');
  const [skus, distributor] = await Promise.all([
    ctx.store.find<SkuDoc>(COLLECTIONS.skus, { productId: product._id }, { limit: 100, orderBy: [{ field: 'priceFen', direction: 'asc' }] }),
    ctx.store.get<DistributorDoc>(COLLECTIONS.distributors, ctx.openid),
  ]);
  // "分享赚" previews the level-1 commission on the cheapest SKU with the same rule the ledger uses.
  let shareEarnFen = null;
  if (distributor) {
    const { commissionPolicy } = await getMerchantSettings(ctx.store);
    const levelOneRate = commissionPolicy.ratesBps[0];
    shareEarnFen = levelOneRate === undefined ? null : applyRateFloor(product.minPriceFen, levelOneRate);
  }
  return {
    ...toProductCard(product),
    images: product.images,
    description: product.description,
    skus: skus.map((s) => ({ id: s._id, specs: s.specs, priceFen: s.priceFen, stock: s.stock })),
    shareEarnFen,
  };
});
