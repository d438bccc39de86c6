import { useEffect, useState } from 'react';
import { getProduct } from '@/services/catalog';
import type { CartLine } from './use-cart';

/**
 * Current stock per SKU of the cart's products (one product read each, in parallel); a SKU whose product is gone or
 * off the shelf has 0. Empty until the answers arrive, so nothing is capped on a guess.
 */
export function useCartStock(lines: readonly CartLine[]): ReadonlyMap<string, number> {
  // What is asked depends only on which SKUs of which products are in the cart, not on quantities.
  const key = JSON.stringify([...new Set(lines.map((l) => `${l.productId}\u0000${l.skuId}`))].sort());
  const [stock, setStock] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    const skus = (JSON.parse(key) as string[]).map((pair) => pair.split('\u0000') as [string, string]);
    const productIds = [...new Set(skus.map(([productId]) => productId))];
    let live = true;
    void Promise.all(
      productIds.map((id) =>
        getProduct(id).then(
          (p) => p.skus.map((s) => [s.id, s.stock] as const),
          // A product that cannot be read leaves its lines unchecked (the server checks stock at checkout anyway),
          // unless it is gone: then its lines count as sold out.
          (err: unknown) => (isGone(err) ? skus.filter(([productId]) => productId === id).map(([, skuId]) => [skuId, 0] as const) : []),
        ),
      ),
    ).then((pairs) => live && setStock(new Map(pairs.flat())));
    return () => {
      live = false;
    };
  }, [key]);
  return stock;
}

const isGone = (err: unknown) => typeof err === 'object' && err !== null && 'code' in err && (err as { code: string }).code === 'CATALOG.PRODUCT_NOT_FOUND';
