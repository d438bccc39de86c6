import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { CounterQuoteView, CounterView } from '@/contracts/counter';
import { PAGES } from '@/contracts/pages';
import { formatFen } from '@/domain/money/format-fen';
import { parseYuan } from '@/domain/money/parse-yuan';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { replacePage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { payOrder } from '@/services/pay-order';
import { newRequestId } from '@/services/request-id';
import { createCounterOrder, getCounter, quoteCounterBill } from '@/services/stores';
import './index.scss';

/** The amounts typed, in 分; an error text when they cannot be sent. */
function readAmounts(bill: string, excluded: string): { billFen: number; excludedFen: number } | string {
  const billFen = parseYuan(bill);
  if (billFen === null || billFen <= 0) return '请输入消费金额';
  const excludedFen = excluded.trim() ? parseYuan(excluded) : 0;
  if (excludedFen === null) return '不参与优惠金额格式不正确';
  return { billFen, excludedFen };
}

/**
 * 优惠买单: the shopper types the bill (and the part no offer applies to), the server computes what to pay, and the
 * order pays with WeChat Pay like any order. Nothing here computes a discount: the total shown is the server's.
 */
function CounterForm({ counter }: { counter: CounterView }) {
  const [bill, setBill] = useState('');
  const [excluded, setExcluded] = useState('');
  const [quote, setQuote] = useState<CounterQuoteView | null>(null);
  const [busy, runBusy] = useBusy();
  const requestId = useRef(newRequestId('ct'));
  const amounts = readAmounts(bill, excluded);

  const edit = (set: (v: string) => void) => (v: string) => (set(v), setQuote(null));
  const calculate = () => {
    if (typeof amounts === 'string') return showError(new Error(amounts));
    void quoteCounterBill({ storeId: counter.storeId, ...amounts }).then(setQuote, showError);
  };
  const pay = async () => {
    if (typeof amounts === 'string') return showError(new Error(amounts));
    await runBusy(async () => {
      const order = await createCounterOrder({ requestId: requestId.current, storeId: counter.storeId, ...amounts });
      requestId.current = newRequestId('ct');
      const outcome = await payOrder(order.orderId).catch((err: unknown) => (showError(err), 'cancelled' as const));
      await replacePage(outcome === 'simulated' ? PAGES.pay : PAGES.order, { orderId: order.orderId });
    });
  };

  return (
    <View className="counter">
      <View className="card">
        <Text className="card-title">{counter.storeName}</Text>
        {counter.offerText ? (
          <View id="counter-offer" className="counter__offer">
            到店优惠：{counter.offerText}
            {counter.window ? `（每天 ${counter.window.from}–${counter.window.to}）` : ''}
            {counter.offerActiveNow ? '' : ' · 当前不在优惠时段'}
          </View>
        ) : (
          <View className="muted">本店暂无买单优惠</View>
        )}
        <View className="muted">单笔最多 {formatFen(counter.limitFen)}；不参与优惠的部分（如酒水、烟草）请另行填写。</View>
      </View>
      <View className="card">
        <TextField id="counter-bill" label="消费总额（元）" value={bill} onChange={edit(setBill)} type="digit" placeholder="询问店员后输入" />
        <TextField id="counter-excluded" label="不参与优惠（元）" value={excluded} onChange={edit(setExcluded)} type="digit" placeholder="选填，如酒水" />
        <Button id="counter-quote" size="small" fill="outline" onClick={calculate}>
          计算优惠
        </Button>
      </View>
      {quote ? (
        <View id="counter-quote-result" className="card">
          <View className="counter__row">
            <Text>消费总额</Text>
            <Text>{formatFen(quote.billFen)}</Text>
          </View>
          <View className="counter__row">
            <Text>不参与优惠</Text>
            <Text>{formatFen(quote.excludedFen)}</Text>
          </View>
          <View className="counter__row">
            <Text>优惠{quote.offerLabel ? `（${quote.offerLabel}）` : ''}</Text>
            <Text>-{formatFen(quote.discountFen)}</Text>
          </View>
          <View className="counter__row">
            <Text>实付</Text>
            <Text className="counter__amount">{formatFen(quote.payFen)}</Text>
          </View>
        </View>
      ) : null}
      <View className="card">
        <Button id="counter-pay" type="primary" block disabled={!quote || busy} onClick={() => void pay()}>
          {quote ? `微信支付 ${formatFen(quote.payFen)}` : '请先计算优惠'}
        </Button>
      </View>
    </View>
  );
}

function CounterContent({ storeId }: { storeId: string }) {
  const counter = useRemote(() => getCounter(storeId), storeId);
  if (counter.data === null) return <RemoteView remote={counter} />;
  if (!counter.data.enabled) return <EmptyState text={`${counter.data.storeName} 暂未开通优惠买单`} />;
  return <CounterForm counter={counter.data} />;
}

export default function CounterPage() {
  return <PageShell page={PAGES.counter}>{(params) => (params.storeId ? <CounterContent storeId={params.storeId} /> : <EmptyState text="缺少门店" />)}</PageShell>;
}
