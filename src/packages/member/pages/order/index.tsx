import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { AfterSaleView, OrderDetailView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { lineRefundState, orderRefundState } from '@/domain/order/line-refund-state';
import { orderPriceBreakdown } from '@/domain/order/order-price-breakdown';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { toFen } from '@/domain/money/fen';
import { DiscountLines } from '@/components/checkout-promotions/discount-lines';
import { OrderActivityTag } from '@/components/order-activity-tag';
import { PickupCard } from '@/components/pickup-card';
import { Price } from '@/components/price';
import { showError, showInfo } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { cancelOrder, confirmReceipt, extendReceipt, getOrder, listMyAfterSales } from '@/services/orders';
import { payOrder } from '@/services/pay-order';
import { paysOnSimulatedPage } from '@/services/runtime';
import { FriendPayButton } from '@/components/friend-pay-button';
import { ShopServiceCard } from './shop-service-card';
import { OrderLines } from './order-lines';
import { RefundsCard } from './refunds-card';
import { StatusBar } from './status-bar';
import { TrackingCard } from './tracking-card';
import './index.scss';

/** The price summary's last line: what is owed, what was paid, or — cancelled before paying — what it came to. */
const TOTAL_LABEL = (status: OrderDetailView['status']) => (status === 'PENDING_PAY' ? '应付款' : status === 'CANCELLED' ? '订单金额' : '实付款');

function OrderDetail({ order, afterSales, onChanged }: { order: OrderDetailView; afterSales: readonly AfterSaleView[]; onChanged: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const pending = order.status === 'PENDING_PAY';
  const shipped = order.status === 'SHIPPED';
  const prices = orderPriceBreakdown(order);
  const lineRefunds = order.lines.map((l) => lineRefundState(l, order.afterSale[l.lineId], order.refunds.filter((r) => r.lineId === l.lineId)));
  const refund = orderRefundState(lineRefunds);

  /** A confirmed action, then the order read again (its refunds and clock come with getOrder only). */
  const act = async (key: string, modal: { title: string; content: string; confirmText: string; cancelText: string } | null, run: () => Promise<unknown>, done: string) => {
    if (modal && !(await Taro.showModal(modal)).confirm) return;
    setBusy(key);
    try {
      await run();
      showInfo(done);
      onChanged();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };

  const pay = async () => {
    if (paysOnSimulatedPage()) return void openPage(PAGES.pay, { orderId: order.id });
    try {
      const outcome = await payOrder(order.id);
      if (outcome === 'simulated') return void openPage(PAGES.pay, { orderId: order.id });
      if (outcome === 'paid') {
        showInfo('支付成功');
        onChanged();
      }
    } catch (err) {
      showError(err);
    }
  };
  const cancel = () => act('cancel', { title: '取消订单', content: '确定要取消这个订单吗？', confirmText: '取消订单', cancelText: '再想想' }, () => cancelOrder(order.id), '订单已取消');
  const receive = () => act('receive', { title: '确认收货', content: '确认已经收到全部商品了吗？', confirmText: '确认收货', cancelText: '还没有' }, () => confirmReceipt(order.id), '已确认收货');
  const extend = () => act('extend', { title: '延长收货', content: '自动确认收货将推迟 3 天，每个订单只能延长一次。', confirmText: '延长收货', cancelText: '取消' }, () => extendReceipt(order.id), '已延长 3 天');
  const express = !order.pickupStore;

  return (
    <View className={`order-detail${pending || shipped ? ' with-bottom-bar' : ''}`}>
      <StatusBar order={order} refund={refund} />

      {order.pickupStore ? <PickupCard orderId={order.id} status={order.status} /> : null}
      {express && order.shipment ? <TrackingCard order={order} /> : null}
      <View className="card">
        <Text className="card-title">{order.pickupStore ? '提货人' : '收货信息'}</Text>
        <View className="row">
          <Text className="order-detail__name">{order.address.name}</Text>
          <Text className="muted">{order.address.phone}</Text>
        </View>
        <Text className="order-detail__addr">
          {order.address.region} {order.address.detail}
        </Text>
      </View>

      <View className="card">
        <OrderActivityTag order={order} withGroupLink />
        <OrderLines order={order} prices={prices} refunds={lineRefunds} afterSales={afterSales} />
        <View className="row-between order-detail__sum">
          <Text>商品金额</Text>
          <Price id="order-goods" fen={prices.goodsFen} size="small" />
        </View>
        {/* A pickup order ships nothing: no 运费 line (not even 包邮). */}
        {express ? (
          <View id="order-shipping" className="row-between order-detail__sum">
            <Text>运费</Text>
            {prices.shippingFen === 0 ? <Text className="muted">包邮</Text> : <Price fen={prices.shippingFen} size="small" />}
          </View>
        ) : null}
        <DiscountLines discounts={order.discounts} rowClassName="order-detail__sum" />
        <View className="row-between order-detail__sum order-detail__sum--total">
          <Text id="order-total-label">{TOTAL_LABEL(order.status)}</Text>
          <Price id="order-total" fen={toFen(prices.totalFen)} />
        </View>
      </View>

      <RefundsCard order={order} />

      <ShopServiceCard orderId={order.id} />

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
        {order.receivedAt ? (
          <View className="row-between">
            <Text className="muted">收货时间</Text>
            <Text className="order-detail__meta-value">{formatTime(order.receivedAt)}</Text>
          </View>
        ) : null}
        {order.afterSaleEndsAt && order.status === 'RECEIVED' ? (
          <View className="row-between">
            <Text className="muted">售后截止</Text>
            <Text className="order-detail__meta-value">{formatTime(order.afterSaleEndsAt)}</Text>
          </View>
        ) : null}
        {order.remark ? (
          <View className="row-between">
            <Text className="muted">备注</Text>
            <Text className="order-detail__meta-value">{order.remark}</Text>
          </View>
        ) : null}
      </View>

      {pending ? (
        <View className="bottom-bar order-detail__bar">
          <Button id="cancel-order" fill="outline" loading={busy === 'cancel'} onClick={() => void cancel()}>
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
          {order.receiptExtended ? null : (
            <Button id="extend-receipt" fill="outline" loading={busy === 'extend'} onClick={() => void extend()}>
              延长收货
            </Button>
          )}
          <Button id="confirm-receipt" type="primary" loading={busy === 'receive'} onClick={() => void receive()}>
            确认收货
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function OrderContent({ orderId }: { orderId: string }) {
  const [round, setRound] = useState(0);
  const remote = useRemote(() => Promise.all([getOrder(orderId), listMyAfterSales({ orderId, limit: 50 })]), `${orderId}-${round}`);
  const firstShow = useRef(true);
  // Back from the pay page or an after-sale request: the order has moved on.
  useDidShow(() => (firstShow.current ? (firstShow.current = false) : setRound((r) => r + 1)));
  if (remote.data === null) return <RemoteView remote={remote} />;
  const [order, afterSales] = remote.data;
  return <OrderDetail order={order} afterSales={afterSales.items} onChanged={() => setRound((r) => r + 1)} />;
}

export default function OrderPage() {
  return (
    <PageShell page={PAGES.order}>
      {(params) => (params.orderId ? <OrderContent orderId={params.orderId} /> : <EmptyState text="缺少订单号" />)}
    </PageShell>
  );
}
