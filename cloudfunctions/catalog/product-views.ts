import type { ProductCard } from '../../src/contracts/catalog';
import type { ProductDoc } from '../shared/docs';

export function toProductCard(p: ProductDoc): ProductCard {
  return {
    id: p._id,
    title: p.title,
    subtitle: p.subtitle,
    imageUrl: p.images[0] ?? '',
    priceFen: p.minPriceFen,
    categoryId: p.categoryId,
  };
}
