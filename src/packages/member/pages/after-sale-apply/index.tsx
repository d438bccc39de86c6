import { Image, Text, Textarea, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { OrderDetailView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { AFTER_SALE_KIND_LABELS, AFTER_SALE_REASONS, afterSaleReasonsFor, MAX_AFTER_SALE_PHOTOS, type AfterSaleReason } from '@/domain/after-sale/after-sale-kind';
import { Chips } from '@/components/ui-kit/chips';
import { LineSummary } from '@/components/line-summary';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { QuantityStepper } from '@/components/quantity-stepper';
import { showError } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { chooseImageBase64 } from '@/services/choose-image-base64';
import { replacePage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { getOrder, requestAfterSale, uploadAfterSalePhoto } from '@/services/orders';
import { requestSubscriptions } from '@/services/subscriptions';
import { newRequestId } from '@/services/request-id';
import { applyLimits, expectedRefundFen, newApplyForm, toApplyPayload, type ApplyFormState } from './apply-form';
import './index.scss';

/** The shopper's request for one line: 仅退款 or 退货退款, units, a reason from the list, a description and photos. */
function ApplyForm({ order, lineId }: { order: OrderDetailView; lineId: string }) {
  const limits = applyLimits(order, lineId);
  const [form, setForm] = useState<ApplyFormState>(() => newApplyForm(limits?.kinds ?? []));
  const [sending, runSending] = useBusy();
  const [uploading, runUploading] = useBusy();
  // One idempotency key per visit to this page: a retried submit finds the same request.
  const requestId = useRef(newRequestId('as'));
  if (!limits) {
    const openId = order.afterSale[lineId]?.afterSaleId;
    const view = openId ? <Button onClick={() => void replacePage(PAGES.afterSale, { afterSaleId: openId })}>查看售后进度</Button> : undefined;
    return <EmptyState text={openId ? '这件商品已有进行中的售后申请' : '这件商品现在不能申请售后'} action={view} />;
  }
  const set = (patch: Partial<ApplyFormState>) => setForm((f) => ({ ...f, ...patch }));
  const reasons = afterSaleReasonsFor(form.kind);

  const addPhoto = async () => {
    await runUploading(async () => {
      const image = await chooseImageBase64(1080);
      if (image) {
        const { url } = await uploadAfterSalePhoto(image);
        set({ photos: [...form.photos, url] });
      }
    });
  };
  const submit = async () => {
    const built = toApplyPayload(form);
    if ('problem' in built) return showError(new Error(built.problem));
    // Asked from the tap (WeChat allows it only then): one message with the result.
    await requestSubscriptions(['REFUND_RESULT']);
    await runSending(async () => {
      const request = await requestAfterSale({ requestId: requestId.current, orderId: order.id, lineId, ...built.payload });
      void replacePage(PAGES.afterSale, { afterSaleId: request.id });
    });
  };

  return (
    <View className="after-sale-apply">
      <View className="card">
        <LineSummary imageUrl={limits.line.imageUrl} title={limits.line.title} detail={`${limits.line.specs} · 可申请 ${limits.unitsLeft} 件`} />
      </View>
      <View className="card">
        <Text className="card-title">售后类型</Text>
        <Chips id="after-sale-kind" options={limits.kinds.map((k) => ({ value: k, label: AFTER_SALE_KIND_LABELS[k] }))} value={form.kind} onChange={(kind) => set({ kind, reason: null })} />
        <Text className="muted after-sale-apply__hint">{form.kind === 'REFUND_ONLY' ? '未发货或未收到货，无需寄回商品' : '商家同意后，按退货地址寄回商品并填写快递单号'}</Text>
      </View>
      <View className="card">
        <View className="row-between">
          <Text className="card-title">申请数量</Text>
          <QuantityStepper value={form.units} max={limits.unitsLeft} onChange={(units) => set({ units })} valueId="after-sale-units" />
        </View>
        <View className="row-between">
          <Text className="muted">预计退款</Text>
          <Price id="after-sale-fen" fen={expectedRefundFen(order, lineId, form.units)} size="small" />
        </View>
      </View>
      <View className="card">
        <Text className="card-title">售后原因</Text>
        <Chips<AfterSaleReason | ''> id="after-sale-reason" options={reasons.map((r) => ({ value: r, label: AFTER_SALE_REASONS[r].label }))} value={form.reason ?? ''} onChange={(reason) => reason && set({ reason })} />
      </View>
      <View className="card">
        <Text className="card-title">问题描述（选填）</Text>
        <Textarea
          id="after-sale-description"
          className="after-sale-apply__description"
          value={form.description}
          maxlength={200}
          placeholder="请描述遇到的问题，最多 200 字"
          onInput={(e) => set({ description: e.detail.value })}
        />
        <View className="after-sale-apply__photos">
          {form.photos.map((url) => (
            <Image key={url} className="after-sale-apply__photo" src={url} mode="aspectFill" onClick={() => set({ photos: form.photos.filter((p) => p !== url) })} />
          ))}
          {form.photos.length < MAX_AFTER_SALE_PHOTOS ? (
            <View id="after-sale-add-photo" className="after-sale-apply__add" onClick={() => void addPhoto()}>
              {uploading ? '上传中…' : `+ 图片 ${form.photos.length}/${MAX_AFTER_SALE_PHOTOS}`}
            </View>
          ) : null}
        </View>
      </View>
      <View className="after-sale-apply__submit">
        <Button id="after-sale-submit" type="primary" block loading={sending} onClick={() => void submit()}>
          提交申请
        </Button>
      </View>
    </View>
  );
}

function ApplyContent({ orderId, lineId }: { orderId: string; lineId: string }) {
  const remote = useRemote(() => getOrder(orderId), orderId);
  return <RemoteView remote={remote}>{(data) => <ApplyForm order={data} lineId={lineId} />}</RemoteView>;
}

export default function AfterSaleApplyPage() {
  return (
    <PageShell page={PAGES.afterSaleApply}>
      {(params) => (params.orderId && params.lineId ? <ApplyContent orderId={params.orderId} lineId={params.lineId} /> : <EmptyState text="缺少订单信息" />)}
    </PageShell>
  );
}
