import type { Bps } from '../money/fen';
import type { CommissionOverride, ProductOverrides } from './distribution-policy';

export interface ProductCommissionChange {
  productId: string;
  /** Every SKU of the product (excluding a product clears all of their overrides). */
  skuIds: readonly string[];
  /** false: the product pays no commission at all. */
  distribution: boolean;
  /** Per SKU: rates per level replace its override, null removes it, a SKU left out keeps what it has. */
  skuRates: Readonly<Record<string, readonly Bps[] | null>>;
}

const without = (table: Readonly<Record<string, CommissionOverride>>, ids: readonly string[]) =>
  Object.fromEntries(Object.entries(table).filter(([id]) => !ids.includes(id)));

/**
 * The policy's overrides after a product-editor change, everything of other products untouched (pure; the caller
 * judges the result with assertPolicyCompliant, so a rate above the cap is refused there).
 *
 * Excluding a product writes `NONE` for it AND removes its SKU overrides: findOverride lets a SKU override win over
 * its product's, so a leftover SKU rate would otherwise still pay on an "excluded" product. Including it again
 * removes only a `NONE`; a product-wide RATE / FIXED set in the policy form stays.
 */
export function withProductCommission(overrides: ProductOverrides, change: ProductCommissionChange): ProductOverrides {
  const own = (table: Readonly<Record<string, CommissionOverride>>, id: string) => (Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined);
  if (!change.distribution) {
    return {
      byProductId: { ...without(overrides.byProductId, [change.productId]), [change.productId]: { kind: 'NONE' } },
      bySkuId: without(overrides.bySkuId, change.skuIds),
    };
  }
  const byProductId = own(overrides.byProductId, change.productId)?.kind === 'NONE' ? without(overrides.byProductId, [change.productId]) : { ...overrides.byProductId };
  const edited = Object.keys(change.skuRates).filter((id) => change.skuIds.includes(id));
  const bySkuId: Record<string, CommissionOverride> = without(overrides.bySkuId, edited);
  for (const id of edited) {
    const rates = change.skuRates[id];
    if (rates) bySkuId[id] = { kind: 'RATE', ratesBps: [...rates] };
  }
  return { byProductId, bySkuId };
}

/** The part of the overrides that belongs to one product: what the product editor shows and the audit records. */
export function productCommissionSlice(overrides: ProductOverrides, productId: string, skuIds: readonly string[]): { product: CommissionOverride | null; skus: Record<string, CommissionOverride> } {
  const has = (table: object, id: string) => Object.prototype.hasOwnProperty.call(table, id);
  return {
    product: has(overrides.byProductId, productId) ? (overrides.byProductId[productId] ?? null) : null,
    skus: Object.fromEntries(skuIds.filter((id) => has(overrides.bySkuId, id)).map((id) => [id, overrides.bySkuId[id] as CommissionOverride])),
  };
}
