import { Text, View } from '@tarojs/components';
import type { DiscountLineView } from '@/contracts/marketing';
import { toFen } from '@/domain/money/fen';
import { Price } from '@/components/price';

/** The discount lines of an order's price breakdown (member price, 满减, coupon, points), each as a minus amount. */
export function DiscountLines({ discounts, rowClassName }: { discounts: readonly DiscountLineView[]; rowClassName: string }) {
  return (
    <>
      {discounts.map((d) => (
        <View key={d.kind} className={`row-between ${rowClassName}`}>
          <Text>{d.label}</Text>
          <Price id={`order-discount-${d.kind}`} fen={toFen(-d.amountFen)} size="small" />
        </View>
      ))}
    </>
  );
}
