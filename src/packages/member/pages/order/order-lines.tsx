import { Image, Text, View } from '@tarojs/components';
import type { AfterSaleView, OrderDetailView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { afterSaleKindsFor } from '@/domain/after-sale/after-sale-kind';
import { AFTER_SALE_STATUS_LABELS, isOpenAfterSale } from '@/domain/after-sale/after-sale-status';
import { formatFen } from '@/domain/money/format-fen';
import { REVIEWABLE_STATUSES } from '@/domain/review/review-rules';
import { REFUND_STATE_LABELS, type RefundState } from '@/domain/order/line-refund-state';
import type { PriceBreakdown } from '@/domain/order/order-price-breakdown';
import type { Fen } from '@/domain/money/fen';
import { Price } from '@/components/price';
import { openPage } from '@/hooks/navigation';

/**
 * The order's lines at the price each was charged (an activity price with the list price struck), each with its
 * refund state and its after-sale: the open request's state (opens it), the last closed one, or 申请售后 while the
 * window is open and units are left; once received, 评价 (or 已评价) for every line not refunded in full.
 */
export function OrderLines({
  order,
  prices,
  refunds,
  afterSales,
}: {
  order: OrderDetailView;
  prices: PriceBreakdown;
  refunds: ReadonlyArray<{ state: RefundState; fen: Fen }>;
  afterSales: readonly AfterSaleView[];
}) {
  const kinds = afterSaleKindsFor(order.status);
  const windowOpen = kinds.length > 0 && (!order.afterSaleEndsAt || order.asOf < order.afterSaleEndsAt);
  return (
    <>
      {order.lines.map((l, i) => {
        const done = order.afterSale[l.lineId];
        const latest = afterSales.find((a) => a.lineId === l.lineId) ?? null;
        const open = latest && isOpenAfterSale(latest.status) ? latest : null;
        const unitsLeft = l.quantity - (done?.refundedUnits ?? 0);
        const mayAsk = windowOpen && !open && !done?.open && unitsLeft > 0 && (done?.refundedFen ?? 0) < l.amountFen;
        const refund = refunds[i];
        const price = prices.lines[i];
        return (
          <View key={l.lineId} className="order-detail__line-block">
            <View className="order-detail__line" onClick={() => void openPage(PAGES.product, { productId: l.productId })}>
              <Image className="order-detail__image" src={l.imageUrl} mode="aspectFill" />
              <View className="order-detail__body">
                <Text className="order-detail__title">{l.title}</Text>
                <Text className="muted">{l.specs}</Text>
              </View>
              <View className="order-detail__amount">
                <Price id={`order-line-price-${i}`} fen={price?.chargedUnitFen ?? l.unitPriceFen} size="small" />
                {price?.listUnitFen ? <Price id={`order-line-list-price-${i}`} fen={price.listUnitFen} size="small" muted /> : null}
                <Text className="muted">×{l.quantity}</Text>
              </View>
            </View>
            <View className="order-detail__line-foot">
              {refund && refund.state !== 'NONE' ? (
                <Text id={`order-line-refund-${i}`} className="order-detail__refund">
                  {`${REFUND_STATE_LABELS[refund.state as Exclude<RefundState, 'NONE'>]} ${formatFen(refund.fen)}`}
                </Text>
              ) : null}
              {latest ? (
                <View id={`after-sale-view-${i}`} className="order-detail__after-sale order-detail__after-sale--view" onClick={() => void openPage(PAGES.afterSale, { afterSaleId: latest.id })}>
                  {open ? `售后中 · ${AFTER_SALE_STATUS_LABELS[open.status]}` : `售后 · ${AFTER_SALE_STATUS_LABELS[latest.status]}`}
                </View>
              ) : null}
              {REVIEWABLE_STATUSES.includes(order.status) && unitsLeft > 0 ? (
                order.reviewedLineIds.includes(l.lineId) ? (
                  <View id={`reviewed-${i}`} className="order-detail__after-sale order-detail__after-sale--view" onClick={() => void openPage(PAGES.productReviews, { productId: l.productId })}>
                    已评价
                  </View>
                ) : (
                  <View id={`review-${i}`} className="order-detail__after-sale" onClick={() => void openPage(PAGES.writeReview, { orderId: order.id, lineId: l.lineId })}>
                    评价
                  </View>
                )
              ) : null}
              {mayAsk ? (
                <View id={`after-sale-${i}`} className="order-detail__after-sale" onClick={() => void openPage(PAGES.afterSaleApply, { orderId: order.id, lineId: l.lineId })}>
                  申请售后
                </View>
              ) : null}
            </View>
          </View>
        );
      })}
    </>
  );
}
