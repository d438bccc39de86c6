import { Image, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { OrderView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { ORDER_STATUS_LABELS } from '@/domain/order/order-status';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { toFen } from '@/domain/money/fen';
import { GoodsAndShipping } from '@/components/goods-and-shipping';
import { DiscountLines } from '@/components/checkout-promotions/discount-lines';
import { OrderActivityTag } from '@/components/order-activity-tag';
import { PickupCard } from '@/components/pickup-card';
import { Price } from '@/components/price';
import { showError, showInfo } from '@/components/show-error';
import { EmptyState, ErrorView, LoadingView } from '@/components/status-view';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { cancelOrder, confirmReceipt, getOrder } from '@/services/orders';
import { payOrder } from '@/services/pay-order';
import { FriendPayButton } from '@/components/friend-pay-button';
import './index.scss';

function OrderDetail({ order, onChanged }: { order: OrderView; onChanged: (next: OrderView) => void }) {
  const [cancelling, setCancelling] = useState(false);
  const [receiving, setReceiving] = useState(false);
  const pending = order.status === 'PENDING_PAY';
  const shipped = order.status === 'SHIPPED';

  const pay = async () => {
    if (process.env.TARO_ENV === 'h5') return void openPage(PAGES.pay, { orderId: order.id });
    try {
      const outcome = await payOrder(order.id);
      if (outcome === 'simulated') return void openPage(PAGES.pay, { orderId: order.id });
      if (outcome === 'paid') {
        showInfo('支付成功');
        onChanged(await getOrder(order.id));
      }
    } catch (err) {
      showError(err);
    }
  };

  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: '取消订单', content: '确定要取消这个订单吗？', confirmText: '取消订单', cancelText: '再想想' });
    if (!confirm) return;
    setCancelling(true);
    try {
      onChanged(await cancelOrder(order.id));
      showInfo('订单已取消');
    } catch (err) {
      showError(err);
    } finally {
      setCancelling(false);
    }
  };

  const receive = async () => {
    const { confirm } = await Taro.showModal({ title: '确认收货', content: '确认已经收到全部商品了吗？', confirmText: '确认收货', cancelText: '还没有' });
    if (!confirm) return;
    setReceiving(true);
    try {
      onChanged(await confirmReceipt(order.id));
      showInfo('已确认收货');
    } catch (err) {
      showError(err);
    } finally {
      setReceiving(false);
    }
  };

  return (
    <View className={`order-detail${pending || shipped ? ' with-bottom-bar' : ''}`}>
      <View className={`order-detail__status order-detail__status--${order.status.toLowerCase()}`}>
        <Text id="order-status" className="order-detail__status-text">
          {order.pickupStore && order.status === 'PAID' ? '已付款（待自提）' : ORDER_STATUS_LABELS[order.status]}
        </Text>
        {pending ? <Text className="order-detail__deadline">请在 {formatTime(order.payDeadline)} 前完成支付，超时自动取消</Text> : null}
      </View>

      {order.pickupStore ? <PickupCard orderId={order.id} status={order.status} /> : null}
      <View className="card">
        <Text className="card-title">{order.pickupStore ? '提货人' : '收货信息'}</Text>
        <View className="row">
          <Text className="order-detail__name">{order.address.name}</Text>
          <Text className="muted">{order.address.phone}</Text>
        </View>
        <Text className="order-detail__addr">
          {order.address.region} {order.address.detail}
        </Text>
        {order.shipment && !order.pickupStore ? (
          <View className="row-between" id="order-shipment">
            <Text className="muted">物流</Text>
            <Text className="order-detail__meta-value">
              {order.shipment.carrier} {order.shipment.trackingNo}
            </Text>
          </View>
        ) : null}
      </View>

      <View className="card">
        <OrderActivityTag order={order} withGroupLink />
        {order.lines.map((l) => (
          <View key={l.lineId} className="order-detail__line" onClick={() => void openPage(PAGES.product, { productId: l.productId })}>
            <Image className="order-detail__image" src={l.imageUrl} mode="aspectFill" />
            <View className="order-detail__body">
              <Text className="order-detail__title">{l.title}</Text>
              <Text className="muted">{l.specs}</Text>
            </View>
            <View className="order-detail__amount">
              <Price fen={l.unitPriceFen} size="small" />
              <Text className="muted">×{l.quantity}</Text>
            </View>
          </View>
        ))}
        <GoodsAndShipping goodsFen={toFen(order.goodsFen + order.discounts.reduce((a, d) => a + d.amountFen, 0))} shippingFen={order.shippingFen} rowClassName="order-detail__sum" />
        <DiscountLines discounts={order.discounts} rowClassName="order-detail__sum" />
        <View className="row-between order-detail__sum order-detail__sum--total">
          <Text>{pending ? '应付款' : '实付款'}</Text>
          <Price id="order-total" fen={order.totalFen} />
        </View>
      </View>

      <View className="card order-detail__meta">
        <View className="row-between">
          <Text className="muted">订单编号</Text>
          <Text className="order-detail__meta-value">{order.id}</Text>
        </View>
        <View className="row-between">
          <Text className="muted">下单时间</Text>
          <Text className="order-detail__meta-value">{formatTime(order.createdAt)}</Text>
        </View>
        <View className="row-between">
          <Text className="muted">支付时间</Text>
          <Text className="order-detail__meta-value">{order.paidAt ? formatTime(order.paidAt) : '未支付'}</Text>
        </View>
        {order.remark ? (
          <View className="row-between">
            <Text className="muted">备注</Text>
            <Text className="order-detail__meta-value">{order.remark}</Text>
          </View>
        ) : null}
      </View>

      {pending ? (
        <View className="bottom-bar order-detail__bar">
          <Button id="cancel-order" fill="outline" loading={cancelling} onClick={() => void cancel()}>
            取消订单
          </Button>
          <FriendPayButton orderId={order.id} />
          <Button id="go-pay" type="primary" onClick={() => void pay()}>
            去支付
          </Button>
        </View>
      ) : null}
      {shipped ? (
        <View className="bottom-bar order-detail__bar">
          <Button id="confirm-receipt" type="primary" loading={receiving} onClick={() => void receive()}>
            确认收货
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function OrderContent({ orderId }: { orderId: string }) {
  const remote = useRemote(() => getOrder(orderId), orderId);
  const [latest, setLatest] = useState<OrderView | null>(null);
  const firstShow = useRef(true);
  useDidShow(() => {
    // Back from the pay page: the status has moved on.
    if (firstShow.current) firstShow.current = false;
    else {
      setLatest(null);
      remote.reload();
    }
  });
  const order = latest ?? remote.data;
  if (order === null) {
    if (remote.error !== null) return <ErrorView message={remote.error} onRetry={remote.reload} />;
    return <LoadingView />;
  }
  return <OrderDetail order={order} onChanged={setLatest} />;
}

export default function OrderPage() {
  return (
    <PageShell page={PAGES.order}>
      {(params) => (params.orderId ? <OrderContent orderId={params.orderId} /> : <EmptyState text="缺少订单号" />)}
    </PageShell>
  );
}
