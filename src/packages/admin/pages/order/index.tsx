import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminCommissionEntryView, AdminOrderDetail, AdminOrderView, OrderLineView, ShippingUploadView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { AGENT_LEVEL } from '@/domain/o2o/agent-commission';
import { ORDER_STATUS_LABELS } from '@/domain/order/order-status';
import { isNeverPaidOrder, isRefundableOrder } from '@/domain/order/order-status-groups';
import { shipBlockedReason } from '@/domain/promotions/order-activity-tags';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { OrderActivityTag } from '@/components/order-activity-tag';
import { PageShell } from '@/components/page-shell';
import { DiscountLines } from '@/components/checkout-promotions/discount-lines';
import { Price } from '@/components/price';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { getOrderDetail, refundOrderLine, retryShippingUpload, shipOrder } from '@/services/order-admin';
import { newShipForm, toShipPayload, type ShipFormState } from './ship-form';
import { AfterSaleCard } from './after-sale-card';
import { CarrierFields } from '@/components/carrier-form';
import { CARRIER_OPTIONS } from '@/components/carrier-form/carrier-form';
import { orderPriceBreakdown } from '@/domain/order/order-price-breakdown';
import { formatFen } from '@/domain/money/format-fen';
import { ENTRY_STATE_LABELS } from '@/components/labels';
import '../admin.scss';

const ENTRY_KIND = { COMMISSION: '佣金', REVERSAL: '冲回', CLAWBACK: '追回' } as const;

/** The carrier comes from WeChat's carrier list (the shipping upload needs its code); 其他: its code and name by hand. */
function ShipForm({ order, onDone }: { order: AdminOrderView; onDone: () => void }) {
  const [form, setForm] = useState<ShipFormState>(newShipForm);
  // An unfinished 拼团 cannot ship (shipOrder refuses it too): say why instead of letting staff try.
  const blocked = shipBlockedReason(order.activity);
  const built = toShipPayload(order.id, form);
  const openRequests = Object.values(order.afterSaleRequests).filter((r) => r !== null).length;
  const ship = async () => {
    if (!('payload' in built)) return;
    // Shipping tells the buyer and WeChat and cannot be taken back: confirm the carrier and number first.
    const carrier = CARRIER_OPTIONS.find((c) => c.value === built.payload.carrierCode)?.label ?? built.payload.carrierName ?? built.payload.carrierCode;
    if (!(await confirmAction('确认发货', `${carrier} ${built.payload.trackingNo}\n发货后买家会收到通知，且不能撤回。`))) return;
    if (await runAction('正在发货…', '已发货', () => shipOrder(built.payload))) onDone();
  };
  return (
    <View className="card">
      <Text className="card-title">发货</Text>
      <CarrierFields idPrefix="ship" form={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
      {openRequests ? <Text className="admin-note">买家有 {openRequests} 个售后申请待处理，请先处理再发货。</Text> : null}
      {blocked ? (
        <Text id="ship-blocked" className="admin-note">
          {blocked}
        </Text>
      ) : 'problem' in built && form.trackingNo.trim() ? (
        <Text id="ship-problem" className="admin-note">
          {built.problem}
        </Text>
      ) : null}
      <View className="admin-actions">
        <Button id="ship-submit" type="primary" size="small" disabled={blocked !== null || 'problem' in built} onClick={() => void ship()}>
          确认发货
        </Button>
      </View>
    </View>
  );
}

const UPLOAD_STATE = { PENDING: '录入中', SENT: '已录入', FAILED: '录入失败' } as const;

/** 发货信息录入: WeChat Pay releases the money only after it lands, so a refusal is shown with a retry. */
function ShippingUpload({ orderId, upload, onDone }: { orderId: string; upload: ShippingUploadView; onDone: () => void }) {
  const retry = async () => {
    if (await runAction('正在重新录入…', '已提交', () => retryShippingUpload(orderId))) onDone();
  };
  return (
    <View className="admin-kv" id="admin-shipping-upload">
      <Text className="admin-kv__key">发货信息录入</Text>
      <View>
        <Text id="admin-shipping-upload-state">{UPLOAD_STATE[upload.state]}</Text>
        {upload.state === 'FAILED' ? (
          <View>
            <Text className="admin-note">微信返回：{upload.reason ?? '未知原因'}。可重新录入，或在小程序后台「发货信息管理」手工录入。</Text>
            <Button id="admin-shipping-upload-retry" size="small" fill="outline" onClick={() => void retry()}>
              重新录入
            </Button>
          </View>
        ) : null}
      </View>
    </View>
  );
}

/** Staff refund on their own (no request): the line's remaining units, the commission following. */
function LineRefund({ order, line, onDone }: { order: AdminOrderView; line: OrderLineView; onDone: () => void }) {
  const done = order.afterSale[line.lineId];
  const leftUnits = line.quantity - (done?.refundedUnits ?? 0);
  const refund = async () => {
    if (!(await confirmAction('确认退款', `退回 ${leftUnits} 件「${line.title}」的货款，相应佣金将冲回。此操作不可撤销。`))) return;
    const ok = await runAction('正在退款…', '已退款', () => refundOrderLine({ requestId: newRequestId('rf'), orderId: order.id, lineId: line.lineId, units: leftUnits, reason: '商家退款' }));
    if (ok) onDone();
  };
  const refunded = done?.refundedFen ? <Text className="muted">已退 {done.refundedUnits} 件 · {formatFen(done.refundedFen)}</Text> : null;
  // A request on the line is decided in its card; only a request from before the cards existed is refunded here.
  if (!isRefundableOrder(order.status) || leftUnits <= 0 || done?.afterSaleId) return refunded;
  return (
    <View className="admin-actions">
      {refunded}
      <Button size="small" fill="outline" onClick={() => void refund()}>
        退款 {leftUnits} 件
      </Button>
    </View>
  );
}

function CommissionEntries({ entries }: { entries: AdminCommissionEntryView[] }) {
  return (
    <View className="card">
      <Text className="card-title">本单产生的佣金</Text>
      {entries.length === 0 ? (
        <EmptyState text="本单没有佣金记录（买家无上级或未付款）" />
      ) : (
        entries.map((e) => (
          <View key={e.id} className="admin-card__line">
            <Text>
              {e.level === AGENT_LEVEL ? '区域代理' : `${e.level} 级`} · {e.beneficiaryName} · {ENTRY_KIND[e.kind]} · {ENTRY_STATE_LABELS[e.state]}
            </Text>
            <Price fen={e.amountFen} size="small" />
          </View>
        ))
      )}
    </View>
  );
}

function OrderContent({ orderId }: { orderId: string }) {
  const [round, setRound] = useState(0);
  const detail = useRemote<AdminOrderDetail>(() => getOrderDetail(orderId), `${orderId}-${round}`);
  if (detail.data === null) return <RemoteView remote={detail} />;
  const { order, commissionEntries, shippingUpload, afterSales } = detail.data;
  const reload = () => setRound((r) => r + 1);
  const prices = orderPriceBreakdown(order);
  return (
    <View>
      <View className="card">
        <View className="row-between admin-card__head">
          <Text className="admin-card__title">{order.id}</Text>
          <Text id="admin-order-status" className="admin-status">
            {ORDER_STATUS_LABELS[order.status]}
          </Text>
        </View>
        <OrderActivityTag order={order} withGroupLink />
        <View className="admin-kv">
          <Text className="admin-kv__key">买家</Text>
          <Text>{order.buyerName}</Text>
        </View>
        <View className="admin-kv">
          <Text className="admin-kv__key">收货</Text>
          <Text>
            {order.address.name} {order.address.phone}
          </Text>
        </View>
        <Text className="admin-note">
          {order.address.region} {order.address.detail}
        </Text>
        <View className="admin-kv">
          <Text className="admin-kv__key">下单 / 付款</Text>
          <Text>
            {formatTime(order.createdAt)} / {formatTime(order.paidAt)}
          </Text>
        </View>
        {order.shipment ? (
          <View className="admin-kv">
            <Text className="admin-kv__key">物流</Text>
            <Text id="admin-order-shipment">
              {order.shipment.carrier} {order.shipment.trackingNo}
            </Text>
          </View>
        ) : null}
        {shippingUpload ? <ShippingUpload orderId={order.id} upload={shippingUpload} onDone={reload} /> : null}
        {order.remark ? <Text className="admin-note">备注：{order.remark}</Text> : null}
      </View>

      <View className="card">
        <Text className="card-title">商品</Text>
        {order.lines.map((l, i) => (
          <View key={l.lineId}>
            <View className="admin-card__line">
              <Text>
                {l.title} · {l.specs} ×{l.quantity}
              </Text>
              <View className="row">
                {prices.lines[i]?.listUnitFen ? <Price id={`admin-line-list-price-${i}`} fen={prices.lines[i]!.listUnitFen!} size="small" muted /> : null}
                <Price id={`admin-line-price-${i}`} fen={prices.lines[i]?.chargedUnitFen ?? l.unitPriceFen} size="small" />
              </View>
            </View>
            {afterSales
              .filter((a) => a.lineId === l.lineId)
              .map((a) => (
                <AfterSaleCard key={a.id} request={a} onDone={reload} />
              ))}
            <LineRefund order={order} line={l} onDone={reload} />
          </View>
        ))}
        <View className="admin-card__line">
          <Text className="muted">商品金额</Text>
          <Price id="admin-order-goods" fen={prices.goodsFen} size="small" />
        </View>
        <DiscountLines discounts={order.discounts} rowClassName="admin-card__line" />
        <View className="admin-card__line">
          <Text className="muted">运费</Text>
          <Price fen={prices.shippingFen} size="small" />
        </View>
        <View className="admin-card__foot">
          <Text className="muted">{isNeverPaidOrder(order.status) ? '订单金额' : '实付（含运费）'}</Text>
          <Price id="admin-order-total" fen={prices.totalFen} />
        </View>
      </View>

      {order.status === 'PAID' ? <ShipForm order={order} onDone={reload} /> : null}
      <CommissionEntries entries={commissionEntries} />
    </View>
  );
}

export default function AdminOrderPage() {
  return (
    <PageShell page={PAGES.adminOrder}>
      {(params) => (params.orderId ? <OrderContent orderId={params.orderId} /> : <EmptyState text="缺少订单号" />)}
    </PageShell>
  );
}
