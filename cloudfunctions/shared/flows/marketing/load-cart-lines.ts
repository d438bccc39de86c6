import { failWith } from '../../../../src/domain/shared/domain-error';
import { ORDERS_ERRORS } from '../../../../src/contracts/orders';
import type { CartLineInput } from '../../../../src/domain/pricing/price-cart';
import { COLLECTIONS } from '../../kernel/store/collections';
import type { Store } from '../../kernel/store/store';

/**
 * The checkout preview's lines, read from the catalogue as createOrder reads them (same SKU merge, same refusals),
 * with line ids in the same order, so the preview prices exactly what the order will.
 */
export async function loadCartLines(store: Store, input: ReadonlyArray<{ skuId: string; quantity: number }>): Promise<CartLineInput[]> {
  const merged = new Map<string, number>();
  for (const l of input) merged.set(l.skuId, (merged.get(l.skuId) ?? 0) + l.quantity);
  const lines: CartLineInput[] = [];
  for (const [skuId, quantity] of merged) {
    const sku = await store.get(COLLECTIONS.skus, skuId);
    const product = sku && (await store.get(COLLECTIONS.products, sku.productId));
    if (!sku || !product || !product.onShelf) throw failWith(ORDERS_ERRORS.SKU_NOT_FOUND, '商品不存在或已下架');
    lines.push({ lineId: `preview-${lines.length + 1}`, skuId, productId: product._id, categoryId: product.categoryId, unitPriceFen: sku.priceFen, quantity });
  }
  return lines;
}
