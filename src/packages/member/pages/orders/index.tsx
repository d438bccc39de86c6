import { Image, Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { OrderView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@/domain/order/order-status';
import { lineRefundState, orderRefundState, REFUND_STATE_LABELS } from '@/domain/order/line-refund-state';
import { orderPriceBreakdown } from '@/domain/order/order-price-breakdown';
import { formatFen } from '@/domain/money/format-fen';
import { PageShell } from '@/components/page-shell';
import { listStatus, ListMore } from '@/components/ui-kit/paged-list-view';
import { OrderActivityTag } from '@/components/order-activity-tag';
import { Price } from '@/components/price';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { listMyOrders } from '@/services/orders';
import './index.scss';

const TABS: { status: OrderStatus | null; label: string }[] = [
  { status: null, label: '全部' },
  { status: 'PENDING_PAY', label: '待付款' },
  { status: 'PAID', label: '已付款' },
  { status: 'SHIPPED', label: '已发货' },
  { status: 'RECEIVED', label: '已收货' },
  { status: 'COMPLETED', label: '已完成' },
  { status: 'CLOSED', label: '已退款' },
];
const PAGE_SIZE = 10;

function OrderCard({ order }: { order: OrderView }) {
  const count = order.lines.reduce((n, l) => n + l.quantity, 0);
  const prices = orderPriceBreakdown(order);
  // The list has no refund records: what was refunded, from the order's own per-line totals.
  const refund = orderRefundState(order.lines.map((l) => lineRefundState(l, order.afterSale[l.lineId], [])));
  const openAfterSales = Object.values(order.afterSale).filter((a) => a.open).length;
  return (
    <View className="card order-card" onClick={() => void openPage(PAGES.order, { orderId: order.id })}>
      <View className="row-between order-card__head">
        <Text className="muted">订单号 {order.id}</Text>
        <Text id={`order-card-status-${order.id}`} className={`order-card__status order-card__status--${order.status.toLowerCase()}`}>
          {ORDER_STATUS_LABELS[order.status]}
          {openAfterSales ? ' · 售后中' : refund.state === 'PARTIAL' || refund.state === 'FULL' ? ` · ${REFUND_STATE_LABELS[refund.state]} ${formatFen(refund.fen)}` : ''}
        </Text>
      </View>
      <OrderActivityTag order={order} />
      {order.lines.map((l, i) => (
        <View key={l.lineId} className="order-card__line">
          <Image className="order-card__image" src={l.imageUrl} mode="aspectFill" />
          <View className="order-card__body">
            <Text className="order-card__title">{l.title}</Text>
            <Text className="muted">
              {l.specs} ×{l.quantity}
            </Text>
          </View>
          <View className="order-card__prices">
            <Price fen={prices.lines[i]?.chargedUnitFen ?? l.unitPriceFen} size="small" />
            {prices.lines[i]?.listUnitFen ? <Price fen={prices.lines[i]!.listUnitFen!} size="small" muted /> : null}
          </View>
        </View>
      ))}
      <View className="order-card__foot">
        <Text className="muted order-card__count">
          共 {count} 件，{order.status === 'PENDING_PAY' ? '应付' : order.status === 'CANCELLED' ? '订单金额' : '实付'}
        </Text>
        <Price fen={order.totalFen} />
      </View>
    </View>
  );
}

function OrdersContent({ initialStatus }: { initialStatus: string | undefined }) {
  const [status, setStatus] = useState<OrderStatus | null>(
    TABS.find((t) => t.status === initialStatus)?.status ?? null,
  );
  const orders = usePagedList(
    (cursor) => listMyOrders({ ...(status ? { status } : {}), cursor, limit: PAGE_SIZE }),
    status ?? 'ALL',
  );
  useReachBottom(() => orders.loadMore());

  return (
    <View className="orders">
      <View className="orders__tabs">
        {TABS.map((t) => (
          <View
            key={t.label}
            className={`orders__tab${t.status === status ? ' orders__tab--active' : ''}`}
            onClick={() => setStatus(t.status)}
          >
            {t.label}
          </View>
        ))}
      </View>
      {listStatus(orders, '暂无相关订单') ?? (
        <View className="orders__list">
          {orders.items.map((o) => (
            <OrderCard key={o.id} order={o} />
          ))}
          <ListMore list={orders} className="orders__more" />
        </View>
      )}
    </View>
  );
}

export default function OrdersPage() {
  return <PageShell page={PAGES.orders}>{(params) => <OrdersContent initialStatus={params.status} />}</PageShell>;
}
