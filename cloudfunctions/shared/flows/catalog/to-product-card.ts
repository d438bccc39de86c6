import type { ProductCard } from '../../../../src/contracts/catalog';
import type { ProductDoc } from '../../kernel/docs/docs';

/** A product as a list shows it (catalog lists, distributor shops): one shape everywhere. */
export function toProductCard(p: ProductDoc): ProductCard {
  return {
    id: p._id,
    title: p.title,
    subtitle: p.subtitle,
    imageUrl: p.images[0] ?? '',
    priceFen: p.minPriceFen,
    priceFrom: p.maxPriceFen === undefined || p.maxPriceFen > p.minPriceFen,
    categoryId: p.categoryId,
    soldCount: Math.max(0, p.soldCount ?? 0),
  };
}
