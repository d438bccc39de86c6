import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PaymentAlertKind, PaymentAlertState, PaymentAlertView } from '@/contracts/finance';
import { PAGES } from '@/contracts/pages';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { Price } from '@/components/price';
import { formatFen } from '@/domain/money/format-fen';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { dismissPaymentAlert, listPaymentAlerts, refundPaymentAlert } from '@/services/finance';

const ALERT_KIND_LABELS: Record<PaymentAlertKind, string> = {
  UNKNOWN_ORDER: '未知订单',
  AMOUNT_MISMATCH: '金额不符',
  UNPAYABLE_ORDER: '订单已不能收款（如重复支付、已取消）',
};
const STATE_LABELS: Record<PaymentAlertState, string> = { OPEN: '待处理', REFUNDING: '退款中', REFUNDED: '已退款', DISMISSED: '已标记处理' };

/** REFUNDED means WeChat took the refund; until its notify says SUCCESS the money may still be on its way, or stuck. */
function stateLabel(a: PaymentAlertView): string {
  if (a.state !== 'REFUNDED') return STATE_LABELS[a.state];
  if (a.channelState === 'CLOSED' || a.channelState === 'FAILED') return '退款异常';
  return a.channelState === 'ACCEPTED' ? '退款已受理' : STATE_LABELS.REFUNDED;
}
const TABS: { value: 'OPEN' | 'ALL'; label: string }[] = [
  { value: 'OPEN', label: '待处理' },
  { value: 'ALL', label: '全部' },
];

/** The alert id (`<kind>:<transaction id>`) as a DOM id: the transaction id may hold any printable character. */
const domId = (a: PaymentAlertView) => a.id.replace(/[^0-9A-Za-z_-]/g, '_');

function AlertRow({ a, onDone }: { a: PaymentAlertView; onDone: () => void }) {
  const [dismissing, setDismissing] = useState(false);
  const [note, setNote] = useState('');
  const refund = async () => {
    const again = a.state === 'REFUNDING' ? '（上次未完成，将以同一退款单号重新发起）' : '';
    if (!(await confirmAction('退款', `将 ${formatFen(a.notifiedFen)} 原路退回付款人（交易单号 ${a.outTradeNo}）${again}。此操作不可撤销。`))) return;
    if (await runAction('正在退款…', '已处理', () => refundPaymentAlert(a.id))) onDone();
  };
  const dismiss = async () => {
    if (!(await confirmAction('标记已处理', '确认这笔款项已在别处处理（如商户平台）？标记后不能再从这里退款。'))) return;
    if (await runAction('正在提交…', '已标记', () => dismissPaymentAlert(a.id, note.trim()))) onDone();
  };
  return (
    <View id={`payment-alert-${domId(a)}`} className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">{ALERT_KIND_LABELS[a.kind]}</Text>
        <Text className="admin-status payment-alert-state">{stateLabel(a)}</Text>
      </View>
      <View className="admin-kv">
        <Text className="admin-kv__key">实收 / 应收</Text>
        <Text>
          <Price fen={a.notifiedFen} size="small" /> / {a.expectedFen === null ? '—' : formatFen(a.expectedFen)}
        </Text>
      </View>
      {a.hasOrder ? (
        <Text className="admin-note policy__link" onClick={() => void openPage(PAGES.adminOrder, { orderId: a.orderId })}>
          订单 {a.orderId} ›
        </Text>
      ) : (
        <Text className="admin-note">订单号 {a.orderId}（商城无此订单）</Text>
      )}
      <Text className="admin-note">交易单号 {a.outTradeNo}</Text>
      <Text className="admin-note">微信支付单号 {a.transactionId}</Text>
      <Text className="admin-note">收到于 {formatTime(a.createdAt)}</Text>
      {a.refundNo ? <Text className="admin-note">退款单号 {a.refundNo}</Text> : null}
      {a.failureReason ? <Text className="admin-note">退款失败：{a.failureReason}</Text> : null}
      {a.channelReason ? <Text className="admin-note">{a.channelReason}</Text> : null}
      {a.dismissNote ? <Text className="admin-note">处理说明：{a.dismissNote}</Text> : null}
      {dismissing ? <TextField id={`dismiss-note-${domId(a)}`} label="处理说明" value={note} onChange={setNote} placeholder="必填，如：已在商户平台退款" maxlength={200} /> : null}
      {a.state === 'OPEN' || a.state === 'REFUNDING' ? (
        <View className="admin-actions">
          {a.state === 'OPEN' ? (
            dismissing ? (
              <Button id={`dismiss-confirm-${domId(a)}`} size="small" type="danger" disabled={!note.trim()} onClick={() => void dismiss()}>
                确认已处理
              </Button>
            ) : (
              <Button id={`dismiss-alert-${domId(a)}`} size="small" fill="outline" onClick={() => setDismissing(true)}>
                标记已处理
              </Button>
            )
          ) : null}
          <Button id={`refund-alert-${domId(a)}`} size="small" type="primary" onClick={() => void refund()}>
            {a.state === 'REFUNDING' ? '重新退款' : '退款'}
          </Button>
        </View>
      ) : null}
    </View>
  );
}

/** 支付异常: money WeChat Pay took that the shop cannot keep; staff refund it or mark it handled elsewhere. */
export function PaymentAlertsCard() {
  const [state, setState] = useState<'OPEN' | 'ALL'>('OPEN');
  const [round, setRound] = useState(0);
  const [openCount, setOpenCount] = useState<number | null>(null);
  const list = usePagedList(async (cursor) => {
    const page = await listPaymentAlerts({ state, cursor, limit: 5 });
    setOpenCount(page.openCount);
    return page;
  }, `${state}-${round}`);
  return (
    <View id="payment-alerts" className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">支付异常</Text>
        {openCount ? <Text id="payment-alerts-open" className="admin-badge">{openCount} 笔待处理</Text> : null}
      </View>
      <Text className="admin-note">顾客已付款但商城无法收下的款项（未知订单、金额不符、重复支付或订单已取消），请退款或在商户平台处理后标记。</Text>
      <FilterTabs idPrefix="payment-alert-filter" tabs={TABS} value={state} onChange={setState} />
      <PagedListView list={list} empty={state === 'OPEN' ? '没有待处理的支付异常' : '暂无支付异常'}>
        {(a) => <AlertRow key={a.id} a={a} onDone={() => setRound((r) => r + 1)} />}
      </PagedListView>
    </View>
  );
}
