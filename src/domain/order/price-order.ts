import { DomainError } from '../shared/domain-error';
import { addFen, multiplyFen, sumFen, toFen, ZERO_FEN, type Fen } from '../money/fen';

export interface PricedLineInput {
  skuId: string;
  unitPriceFen: Fen;
  quantity: number;
}

export interface PricedLine extends PricedLineInput {
  amountFen: Fen;
}

export interface PricedOrder {
  lines: PricedLine[];
  goodsFen: Fen;
  shippingFen: Fen;
  totalFen: Fen;
}

const MAX_QUANTITY = 99;

/**
 * Prices an order from unit prices the server has loaded. The client imports the same function for its preview,
 * so the two can never disagree.
 */
export function priceOrder(lines: readonly PricedLineInput[]): PricedOrder {
  if (lines.length === 0) {
    throw new DomainError('ORDER.EMPTY', '订单没有商品');
  }
  const priced = lines.map((line): PricedLine => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      throw new DomainError('ORDER.INVALID_QUANTITY', '购买数量必须是 1 到 99 的整数');
    }
    if (toFen(line.unitPriceFen) < 0) {
      throw new DomainError('ORDER.INVALID_PRICE', '商品价格不能为负数');
    }
    return { ...line, amountFen: multiplyFen(line.unitPriceFen, line.quantity) };
  });
  const goodsFen = sumFen(priced.map((l) => l.amountFen));
  // 包邮 for now: the pricing pipeline of a later issue adds shipping rules and discounts here.
  const shippingFen = ZERO_FEN;
  return { lines: priced, goodsFen, shippingFen, totalFen: addFen(goodsFen, shippingFen) };
}
