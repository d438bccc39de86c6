import { Text, View } from '@tarojs/components';
import { useDidShow, useReachBottom } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { AdminOrderView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { ORDER_STATUS_LABELS, type OrderStatus } from '@/domain/order/order-status';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { formatTime } from '@/components/format-time';
import { OrderActivityTag } from '@/components/order-activity-tag';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { listOrders } from '@/services/order-admin';
import { AfterSaleQueue } from './after-sale-queue';
import { NO_ORDER_FILTERS, OrderFiltersCard, orderFilterPayload, type OrderFilters } from './order-filters-card';
import '../admin.scss';

/** 售后 lists the open after-sale requests instead of orders. */
const AFTER_SALE_TAB = 'AFTER_SALE';
type Tab = OrderStatus | typeof AFTER_SALE_TAB | null;
const TABS: { value: Tab; label: string }[] = [
  { value: 'PAID', label: '待发货' },
  { value: AFTER_SALE_TAB, label: '售后' },
  { value: 'SHIPPED', label: '已发货' },
  { value: 'RECEIVED', label: '已收货' },
  { value: 'PENDING_PAY', label: '待付款' },
  { value: null, label: '全部' },
];

function OrderRow({ order }: { order: AdminOrderView }) {
  const openAfterSales = Object.values(order.afterSaleRequests).filter((r) => r !== null).length;
  return (
    <View id={`admin-order-${order.id}`} className="card" onClick={() => void openPage(PAGES.adminOrder, { orderId: order.id })}>
      <View className="row-between admin-card__head">
        <Text className="muted">{order.id}</Text>
        <Text className="admin-status">{ORDER_STATUS_LABELS[order.status]}</Text>
      </View>
      <OrderActivityTag order={order} />
      {order.lines.map((l) => (
        <View key={l.lineId} className="admin-card__line">
          <Text>
            {l.title} · {l.specs} ×{l.quantity}
          </Text>
        </View>
      ))}
      <View className="admin-card__foot">
        <Text className="muted">
          {order.buyerName} · {formatTime(order.createdAt)}
          {openAfterSales ? ` · ${openAfterSales} 个售后待处理` : ''}
        </Text>
        <Price fen={order.totalFen} size="small" />
      </View>
    </View>
  );
}

function OrdersContent({ distributorId }: { distributorId: string | undefined }) {
  // Opened from a distributor's row: their customers' orders, any status.
  const [tab, setTab] = useState<Tab>(distributorId ? null : 'PAID');
  const status = tab === AFTER_SALE_TAB ? null : tab;
  const [filters, setFilters] = useState<OrderFilters>(distributorId ? { ...NO_ORDER_FILTERS, distributorId } : NO_ORDER_FILTERS);
  const [round, setRound] = useState(0);
  const orders = usePagedList(
    (cursor) => listOrders({ ...(status ? { status } : {}), ...orderFilterPayload(filters), cursor, limit: 10 }),
    `${tab ?? 'ALL'}-${JSON.stringify(filters)}-${round}`,
  );
  useReachBottom(() => orders.loadMore());
  const firstShow = useRef(true);
  // Back from an order's detail (shipped, refunded): the list may have changed.
  useDidShow(() => (firstShow.current ? (firstShow.current = false) : setRound((r) => r + 1)));
  return (
    <View>
      <FilterTabs idPrefix="order-filter" tabs={TABS} value={tab} onChange={setTab} />
      {tab === AFTER_SALE_TAB ? (
        <AfterSaleQueue round={round} />
      ) : (
        <View>
          <OrderFiltersCard
            value={filters}
            onApply={(next) => {
              setFilters(next);
              // A searched order is wanted whatever its status: search across 全部.
              if (next.search) setTab(null);
            }}
          />
          <PagedListView list={orders} empty="暂无相关订单">
            {(o) => <OrderRow key={o.id} order={o} />}
          </PagedListView>
        </View>
      )}
    </View>
  );
}

export default function AdminOrdersPage() {
  return <PageShell page={PAGES.adminOrders}>{(params) => <OrdersContent distributorId={params.distributorId} />}</PageShell>;
}
