import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminAfterSaleView } from '@/contracts/orders';
import { AFTER_SALE_KIND_LABELS, AFTER_SALE_REASONS } from '@/domain/after-sale/after-sale-kind';
import { AFTER_SALE_STATUS_LABELS, isOpenAfterSale } from '@/domain/after-sale/after-sale-status';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { AfterSaleTimeline } from '@/components/after-sale-timeline';
import { Button } from '@/components/nut/button';
import { Price } from '@/components/price';
import { approveAfterSale, confirmReturnReceived, rejectAfterSale } from '@/services/order-admin';

/**
 * One after-sale request as staff work it: what the shopper asked (kind, units, reason, description, photos, the
 * return parcel), its timeline, and the decision the state allows — approve (仅退款 refunds at once), reject with a
 * reason, or confirm the returned goods (refunds).
 */
export function AfterSaleCard({ request, onDone }: { request: AdminAfterSaleView; onDone: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const open = isOpenAfterSale(request.status);
  const approve = async () => {
    const refundNow = request.kind === 'REFUND_ONLY';
    const text = refundNow ? `同意并退款「${request.productTitle}」${request.units} 件，相应佣金将冲回。此操作不可撤销。` : `同意退货？买家将看到退货地址并寄回「${request.productTitle}」${request.units} 件。`;
    if (!(await confirmAction(refundNow ? '同意退款' : '同意退货', text))) return;
    if (await runAction('正在提交…', refundNow ? '已退款' : '已同意', () => approveAfterSale(request.id))) onDone();
  };
  const received = async () => {
    if (!(await confirmAction('确认收到退货', `确认已收到退回的「${request.productTitle}」${request.units} 件？确认后立即退款，相应佣金将冲回。`))) return;
    if (await runAction('正在退款…', '已退款', () => confirmReturnReceived(request.id))) onDone();
  };
  const reject = async () => {
    if (!(await confirmAction('驳回售后', `驳回「${request.productTitle}」的售后申请？买家会看到驳回理由。`))) return;
    if (await runAction('正在提交…', '已驳回', () => rejectAfterSale({ afterSaleId: request.id, reason: reason.trim() }))) onDone();
  };
  return (
    <View className="admin-card__foot admin-after-sale" id={`after-sale-${request.lineId}`}>
      <View className="row-between">
        <Text className="admin-badge" id={`after-sale-status-${request.id}`}>
          {AFTER_SALE_KIND_LABELS[request.kind]} · {AFTER_SALE_STATUS_LABELS[request.status]}
        </Text>
        <Price fen={request.fen} size="small" />
      </View>
      <Text className="admin-note">
        {request.productTitle} ×{request.units} · {AFTER_SALE_REASONS[request.reason].label}
        {request.description ? `：${request.description}` : ''}
      </Text>
      {request.photos.length ? (
        <View className="row">
          {request.photos.map((url) => (
            <Image key={url} className="admin-after-sale__photo" src={url} mode="aspectFill" />
          ))}
        </View>
      ) : null}
      {request.returnShipment ? (
        <Text className="admin-note" id={`after-sale-return-${request.id}`}>
          退货物流：{request.returnShipment.carrier} {request.returnShipment.trackingNo}
        </Text>
      ) : null}
      <AfterSaleTimeline request={request} />
      {open && request.status !== 'RETURNED' ? (
        <View>
          {rejecting ? <TextField id={`reject-reason-${request.id}`} label="驳回理由" value={reason} onChange={setReason} maxlength={200} /> : null}
          <View className="admin-actions">
            {rejecting ? (
              <Button id={`reject-submit-${request.id}`} size="small" type="danger" disabled={!reason.trim()} onClick={() => void reject()}>
                确认驳回
              </Button>
            ) : (
              <Button id={`reject-${request.id}`} size="small" fill="outline" onClick={() => setRejecting(true)}>
                驳回
              </Button>
            )}
            {request.status === 'REQUESTED' ? (
              <Button id={`approve-${request.id}`} size="small" type="primary" onClick={() => void approve()}>
                {request.kind === 'REFUND_ONLY' ? '同意退款' : '同意退货'}
              </Button>
            ) : null}
            {request.status === 'RETURNING' ? (
              <Button id={`received-${request.id}`} size="small" type="primary" onClick={() => void received()}>
                确认收到退货并退款
              </Button>
            ) : null}
          </View>
        </View>
      ) : null}
    </View>
  );
}
