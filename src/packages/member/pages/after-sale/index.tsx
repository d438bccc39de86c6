import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { AfterSaleView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { AFTER_SALE_KIND_LABELS, AFTER_SALE_REASONS } from '@/domain/after-sale/after-sale-kind';
import { AFTER_SALE_STATUS_LABELS, isOpenAfterSale } from '@/domain/after-sale/after-sale-status';
import { AfterSaleTimeline } from '@/components/after-sale-timeline';
import { LineSummary } from '@/components/line-summary';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { showInfo } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { openPage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { cancelAfterSale, getAfterSale } from '@/services/orders';
import { ReturnForm } from './return-form';
import './index.scss';

/** What the shopper waits for, or does next, in each state. */
const NEXT_STEP: Partial<Record<AfterSaleView['status'], string>> = {
  REQUESTED: '商家处理中，请耐心等待',
  APPROVED: '请按下方退货地址寄回商品，并填写快递单号',
  RETURNING: '商家收到退货后为你退款',
  RETURNED: '商家已收到退货，正在退款',
};

/** One after-sale request: its state, what was asked, the timeline, and the shopper's next step (return parcel, cancel). */
function AfterSaleDetail({ initial }: { initial: AfterSaleView }) {
  const [request, setRequest] = useState(initial);
  const [cancelling, runCancelling] = useBusy();
  const open = isOpenAfterSale(request.status);
  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: '撤销申请', content: '撤销后本次售后结束，售后期内可再次申请。', confirmText: '撤销申请', cancelText: '再想想' });
    if (!confirm) return;
    await runCancelling(async () => {
      setRequest(await cancelAfterSale(request.id));
      showInfo('已撤销');
    });
  };
  return (
    <View className="after-sale">
      <View className={`after-sale__status after-sale__status--${open ? 'open' : request.status.toLowerCase()}`}>
        <Text id="after-sale-status" className="after-sale__status-text">
          {AFTER_SALE_STATUS_LABELS[request.status]}
        </Text>
        {NEXT_STEP[request.status] && !(request.kind === 'REFUND_ONLY' && request.status === 'APPROVED') ? <Text className="after-sale__next">{NEXT_STEP[request.status]}</Text> : null}
        {request.status === 'REFUNDED' && request.refund ? <Text className="after-sale__next">退款已原路退回，{request.refund.channelState === 'SUCCESS' ? '已到账' : '以微信支付到账为准'}</Text> : null}
        {request.status === 'REJECTED' ? <Text className="after-sale__next">驳回理由：{request.rejectReason}</Text> : null}
      </View>

      {request.returnAddress && request.status === 'APPROVED' ? (
        <View id="after-sale-return-address" className="card">
          <Text className="card-title">退货地址</Text>
          <Text className="after-sale__address">{request.returnAddress}</Text>
          <View className="after-sale__copy" onClick={() => void Taro.setClipboardData({ data: request.returnAddress ?? '' })}>
            复制地址
          </View>
        </View>
      ) : null}
      {request.kind === 'RETURN_REFUND' && request.status === 'APPROVED' ? <ReturnForm request={request} onDone={setRequest} /> : null}

      <View className="card">
        <LineSummary
          imageUrl={request.imageUrl}
          title={request.productTitle}
          detail={`${request.specs} · ${AFTER_SALE_KIND_LABELS[request.kind]} ${request.units} 件`}
          onClick={() => void openPage(PAGES.order, { orderId: request.orderId })}
        />
        <View className="row-between after-sale__row">
          <Text className="muted">退款金额</Text>
          <Price id="after-sale-fen" fen={request.refund?.fen ?? request.fen} size="small" />
        </View>
        <View className="row-between after-sale__row">
          <Text className="muted">售后原因</Text>
          <Text>{AFTER_SALE_REASONS[request.reason].label}</Text>
        </View>
        {request.description ? <Text className="after-sale__description">{request.description}</Text> : null}
        {request.photos.length ? (
          <View className="row">
            {request.photos.map((url) => (
              <Image key={url} className="after-sale__photo" src={url} mode="aspectFill" onClick={() => void Taro.previewImage({ urls: request.photos, current: url })} />
            ))}
          </View>
        ) : null}
        {request.returnShipment ? (
          <View className="row-between after-sale__row">
            <Text className="muted">退货物流</Text>
            <Text id="after-sale-return">
              {request.returnShipment.carrier} {request.returnShipment.trackingNo}
            </Text>
          </View>
        ) : null}
      </View>

      <View className="card">
        <Text className="card-title">处理进度</Text>
        <AfterSaleTimeline request={request} />
      </View>

      {open && request.status !== 'RETURNED' ? (
        <View className="after-sale__actions">
          <Button id="after-sale-cancel" fill="outline" block loading={cancelling} onClick={() => void cancel()}>
            撤销申请
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function AfterSaleContent({ afterSaleId }: { afterSaleId: string }) {
  const remote = useRemote(() => getAfterSale(afterSaleId), afterSaleId);
  if (remote.data === null) return <RemoteView remote={remote} />;
  return <AfterSaleDetail key={remote.data.updatedAt} initial={remote.data} />;
}

export default function AfterSalePage() {
  return (
    <PageShell page={PAGES.afterSale}>
      {(params) => (params.afterSaleId ? <AfterSaleContent afterSaleId={params.afterSaleId} /> : <EmptyState text="缺少售后单号" />)}
    </PageShell>
  );
}
