import { Text, View } from '@tarojs/components';
import type { Fen } from '@/domain/money/fen';
import { Price } from '@/components/price';

/** The goods and shipping lines of an order summary; free shipping reads 包邮 rather than ¥0.00. */
export function GoodsAndShipping({ goodsFen, shippingFen, rowClassName }: { goodsFen: Fen; shippingFen: Fen; rowClassName: string }) {
  return (
    <>
      <View className={`row-between ${rowClassName}`}>
        <Text>商品金额</Text>
        <Price fen={goodsFen} size="small" />
      </View>
      <View className={`row-between ${rowClassName}`}>
        <Text>运费</Text>
        {shippingFen === 0 ? <Text className="muted">包邮</Text> : <Price fen={shippingFen} size="small" />}
      </View>
    </>
  );
}
