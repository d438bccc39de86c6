import { Text, View } from '@tarojs/components';
import type { AdminAfterSaleView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { AFTER_SALE_KIND_LABELS, AFTER_SALE_REASONS } from '@/domain/after-sale/after-sale-kind';
import { AFTER_SALE_STATUS_LABELS } from '@/domain/after-sale/after-sale-status';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { formatTime } from '@/components/format-time';
import { Price } from '@/components/price';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { listAfterSales } from '@/services/order-admin';

/** 售后: the open requests of every shopper, oldest first; each opens its order, where staff decide. */
export function AfterSaleQueue({ round }: { round: number }) {
  const list = usePagedList((cursor) => listAfterSales({ status: 'OPEN', cursor, limit: 10 }), `after-sales-${round}`);
  return (
    <PagedListView list={list} empty="没有待处理的售后">
      {(a: AdminAfterSaleView) => (
        <View key={a.id} id={`admin-after-sale-${a.id}`} className="card" onClick={() => void openPage(PAGES.adminOrder, { orderId: a.orderId })}>
          <View className="row-between admin-card__head">
            <Text className="muted">{a.orderId}</Text>
            <Text className="admin-status">
              {AFTER_SALE_KIND_LABELS[a.kind]} · {AFTER_SALE_STATUS_LABELS[a.status]}
            </Text>
          </View>
          <View className="admin-card__line">
            <Text>
              {a.productTitle} · {a.specs} ×{a.units} · {AFTER_SALE_REASONS[a.reason].label}
            </Text>
          </View>
          <View className="admin-card__foot">
            <Text className="muted">
              {a.buyerName} · {formatTime(a.createdAt)}
            </Text>
            <Price fen={a.fen} size="small" />
          </View>
        </View>
      )}
    </PagedListView>
  );
}
