import type { Fen } from '../money/fen';

/** One line of an order: the SKU bought, as it was when ordered (title, specs, image and price are snapshots). */
export interface OrderLine {
  lineId: string;
  productId: string;
  skuId: string;
  title: string;
  specs: string;
  imageUrl: string;
  unitPriceFen: Fen;
  quantity: number;
  amountFen: Fen;
}
