import type { SkuView } from '../../../../src/contracts/catalog';
import type { SkuDoc } from '../../kernel/docs/docs';

/** A SKU as shoppers and staff see it (the product page, the admin product form): one shape everywhere. */
export function toSkuView(s: SkuDoc): SkuView {
  return { id: s._id, specs: s.specs, priceFen: s.priceFen, stock: s.stock };
}
