import { Button as TaroButton, Text } from '@tarojs/components';
import { useShopProfile } from '@/hooks/use-shop-profile';
import { callShop, contactSessionFrom, HAS_WECHAT_CONTACT } from '@/services/customer-service';
import './index.scss';

/** 客服: WeChat's contact chat with the order or product as session context, or (H5) the shop's phone. */
export function CustomerServiceButton(props: { id?: string; className?: string; orderId?: string; productId?: string; label?: string }) {
  const shop = useShopProfile();
  const label = props.label ?? '客服';
  const className = `customer-service${props.className ? ` ${props.className}` : ''}`;
  const subject = { ...(props.orderId ? { orderId: props.orderId } : {}), ...(props.productId ? { productId: props.productId } : {}) };
  if (HAS_WECHAT_CONTACT) {
    return (
      <TaroButton id={props.id} className={className} openType="contact" sessionFrom={contactSessionFrom(subject)} showMessageCard={Boolean(props.orderId)} sendMessageTitle={props.orderId ? `订单 ${props.orderId}` : undefined}>
        {label}
      </TaroButton>
    );
  }
  return (
    <Text id={props.id} className={className} onClick={() => void callShop(shop.servicePhone)}>
      {label}
    </Text>
  );
}
