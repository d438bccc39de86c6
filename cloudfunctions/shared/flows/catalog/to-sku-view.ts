import type { SkuView } from '../../../../src/contracts/catalog';
import type { SkuDoc } from '../../kernel/docs/docs';
import type { Fen } from '../../../../src/domain/money/fen';

/**
 * A SKU as shoppers and staff see it (the product page, the admin product form): one shape everywhere; 分享赚 only
 * where the caller is a distributor.
 */
export function toSkuView(s: SkuDoc, shareEarnFen: Fen | null = null): SkuView {
  return { id: s._id, specs: s.specs, priceFen: s.priceFen, stock: s.stock, shareEarnFen };
}
