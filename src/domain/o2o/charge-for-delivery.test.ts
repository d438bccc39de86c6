import { toFen } from '../money/fen';
import { chargeForDelivery } from './charge-for-delivery';

test('pickup drops the shipping fee from the total; express keeps it', () => {
  const priced = { shippingFen: toFen(1000), totalFen: toFen(5990) };
  expect(chargeForDelivery('EXPRESS', priced)).toEqual({ shippingFen: 1000, totalFen: 5990 });
  expect(chargeForDelivery('PICKUP', priced)).toEqual({ shippingFen: 0, totalFen: 4990 });
});
