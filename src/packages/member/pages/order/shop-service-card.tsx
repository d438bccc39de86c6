import { Text, View } from '@tarojs/components';
import { CustomerServiceButton } from '@/components/customer-service';
import { useShopProfile } from '@/hooks/use-shop-profile';

/** The shop behind the order: its name, 客服电话 (from 店铺设置) and the 客服 button with this order as context. */
export function ShopServiceCard({ orderId }: { orderId: string }) {
  const shop = useShopProfile();
  return (
    <View className="card order-detail__service">
      <View className="row-between">
        <Text className="order-detail__shop">{shop.shopName}</Text>
        <CustomerServiceButton id="order-service" className="order-detail__service-button" orderId={orderId} label="联系客服" />
      </View>
      {shop.servicePhone ? (
        <View className="row-between">
          <Text className="muted">客服电话</Text>
          <Text id="order-service-phone" className="order-detail__meta-value" userSelect>
            {shop.servicePhone}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
