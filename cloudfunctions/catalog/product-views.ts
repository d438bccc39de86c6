// Shared with the distributor function's shop pages, so a card looks the same in the catalog and in a shop.
export { toProductCard } from '../shared/flows/catalog/to-product-card';
