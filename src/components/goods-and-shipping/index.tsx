import { Text, View } from '@tarojs/components';
import type { Fen } from '@/domain/money/fen';
import { Price } from '@/components/price';

/**
 * The goods and shipping lines of an order summary; free shipping reads 包邮 rather than ¥0.00, and a pickup
 * (`shipped` false) has no shipping line at all.
 */
export function GoodsAndShipping({ goodsFen, shippingFen, rowClassName, shipped = true }: { goodsFen: Fen; shippingFen: Fen; rowClassName: string; shipped?: boolean }) {
  return (
    <>
      <View className={`row-between ${rowClassName}`}>
        <Text>商品金额</Text>
        <Price fen={goodsFen} size="small" />
      </View>
      {shipped ? (
        <View id="shipping-line" className={`row-between ${rowClassName}`}>
          <Text>运费</Text>
          {shippingFen === 0 ? <Text className="muted">包邮</Text> : <Price fen={shippingFen} size="small" />}
        </View>
      ) : null}
    </>
  );
}
