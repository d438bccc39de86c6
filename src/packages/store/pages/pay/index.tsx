import { Image, Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { showInfo } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { replacePage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { useShopProfile } from '@/hooks/use-shop-profile';
import { simulatePay } from '@/services/local-identity';
import { getOrder } from '@/services/orders';
import './index.scss';

/** Local mode's stand-in for the WeChat Pay sheet: the confirm runs the real payment callback on the server. */
function PayContent({ orderId }: { orderId: string }) {
  const order = useRemote(() => getOrder(orderId), orderId);
  const [paying, runPaying] = useBusy();
  const shop = useShopProfile();

  const pay = async () => {
    await runPaying(async () => {
      const res = await simulatePay(orderId);
      if (res.errcode === 0) {
        showInfo('支付成功');
        await replacePage(PAGES.order, { orderId });
        return;
      }
      showInfo(res.errmsg || '支付失败');
    });
  };

  if (order.data === null) return <RemoteView remote={order} />;
  const payable = order.data.status === 'PENDING_PAY';

  return (
    <View className="pay">
      <View className="pay__sheet">
        <View className="pay__brand">
          <View className="pay__logo">✓</View>
          <Text className="pay__brand-text">微信支付（本地模拟）</Text>
        </View>
        <View className="pay__merchant">
          {shop.logoUrl ? <Image id="pay-shop-logo" className="pay__shop-logo" src={shop.logoUrl} mode="aspectFill" /> : null}
          <Text id="pay-shop-name">{shop.shopName}</Text>
          <Text> · 订单 {order.data.id}</Text>
        </View>
        <Price id="pay-amount" fen={order.data.totalFen} size="large" />
        <Text className="pay__note">本地模式不会产生真实扣款；确认后由服务端按真实回调流程记账。</Text>
        <Button
          id="pay-confirm"
          className="pay__button"
          block
          color="#07c160"
          loading={paying}
          disabled={paying || !payable}
          onClick={() => void pay()}
        >
          {payable ? '确认支付' : '订单已不可支付'}
        </Button>
        {!payable ? (
          <Text className="pay__link" onClick={() => void replacePage(PAGES.order, { orderId })}>
            查看订单
          </Text>
        ) : null}
      </View>
    </View>
  );
}

export default function PayPage() {
  return (
    <PageShell page={PAGES.pay}>
      {(params) => (params.orderId ? <PayContent orderId={params.orderId} /> : <EmptyState text="缺少订单号" />)}
    </PageShell>
  );
}
