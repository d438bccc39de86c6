import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { WithdrawalMethod, WithdrawalQuote } from '@/contracts/commission';
import { formatFen } from '@/domain/money/format-fen';
import { parseYuan } from '@/domain/money/parse-yuan';
import { Button } from '@/components/nut/button';
import { showError, showInfo } from '@/components/show-error';
import { useRemote } from '@/hooks/use-remote';
import { getWithdrawalRules, quoteWithdrawal, requestWithdrawal } from '@/services/commission';
import { loadSubscribeTemplates, requestSubscriptions } from '@/services/subscriptions';
import { WITHDRAWAL_METHOD_LABELS } from '@/components/labels';
import { newRequestId } from '@/services/request-id';

const METHODS: WithdrawalMethod[] = ['WECHAT_CHANGE', 'BANK_CARD', 'MANUAL'];

/** Amount and method first; the fee is quoted by the server (the same rule the request applies) before confirming. */
export function WithdrawForm({ onDone }: { onDone: () => void }) {
  const [amount, setAmount] = useState('');
  // Only the methods the merchant allows are offered (the first allowed is preselected).
  const rules = useRemote(getWithdrawalRules, 'withdrawal-rules');
  const allowed = METHODS.filter((m) => rules.data?.methods.includes(m) ?? m === 'WECHAT_CHANGE');
  const [chosen, setMethod] = useState<WithdrawalMethod | null>(null);
  const method: WithdrawalMethod = chosen !== null && allowed.includes(chosen) ? chosen : (allowed[0] ?? 'WECHAT_CHANGE');
  const [account, setAccount] = useState('');
  const [quote, setQuote] = useState<WithdrawalQuote | null>(null);
  const [requestId, setRequestId] = useState(() => newRequestId('wd'));
  const [busy, setBusy] = useState(false);

  const amountFen = parseYuan(amount);
  const preview = async () => {
    if (amountFen === null || amountFen <= 0) return showInfo('请输入正确的提现金额');
    setBusy(true);
    try {
      const [next] = await Promise.all([quoteWithdrawal({ amountFen, method }), loadSubscribeTemplates()]);
      setQuote(next);
    } catch (err) {
      setQuote(null);
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = async () => {
    if (quote === null) return;
    // Still inside the tap (WeChat's condition for the dialog): ask for the result and settlement messages.
    void requestSubscriptions(['WITHDRAWAL_RESULT', 'COMMISSION_SETTLED']);
    setBusy(true);
    try {
      await requestWithdrawal({ requestId, amountFen: quote.amountFen, method: quote.method, account: account.trim() });
      showInfo('提现申请已提交，等待审核');
      setQuote(null);
      setAmount('');
      setRequestId(newRequestId('wd'));
      onDone();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const change = (next: () => void) => {
    next();
    setQuote(null);
  };

  return (
    <View className="card earn-withdraw">
      <Text className="card-title">申请提现</Text>
      <View className="earn-withdraw__field">
        <Text className="earn-withdraw__label">金额（元）</Text>
        <Input id="withdraw-amount" type="digit" value={amount} placeholder="0.00" onInput={(e) => change(() => setAmount(e.detail.value))} />
      </View>
      <View className="earn-withdraw__methods">
        {allowed.map((m) => (
          <View key={m} id={`withdraw-method-${m}`} className={`earn-withdraw__method${m === method ? ' earn-withdraw__method--on' : ''}`} onClick={() => change(() => setMethod(m))}>
            {WITHDRAWAL_METHOD_LABELS[m]}
          </View>
        ))}
      </View>
      {rules.data ? (
        <Text id="withdraw-rules" className="muted">
          单笔 {formatFen(rules.data.minFen)} – {formatFen(rules.data.maxFen)}，每日最多 {formatFen(rules.data.dailyCapFen)}，手续费 {rules.data.feeBps / 100}%
        </Text>
      ) : null}
      {method !== 'WECHAT_CHANGE' ? (
        <View className="earn-withdraw__field">
          <Text className="earn-withdraw__label">收款账户</Text>
          <Input id="withdraw-account" value={account} maxlength={64} placeholder={method === 'BANK_CARD' ? '开户行、卡号、户名' : '收款方式与账号'} onInput={(e) => setAccount(e.detail.value)} />
        </View>
      ) : null}
      {quote !== null ? (
        <View id="withdraw-quote" className="earn-withdraw__quote">
          <Text>手续费 {formatFen(quote.feeFen)}，实际到账 {formatFen(quote.netFen)}</Text>
          <Text className="muted">提现后可提现余额 {formatFen(quote.availableAfterFen)}；今日还可提现 {formatFen(quote.dailyLeftFen)}</Text>
        </View>
      ) : null}
      {quote === null ? (
        <Button id="withdraw-preview" type="primary" fill="outline" block loading={busy} onClick={() => void preview()}>
          计算手续费
        </Button>
      ) : (
        <Button id="withdraw-submit" type="primary" block loading={busy} onClick={() => void submit()}>
          确认提现 {formatFen(quote.amountFen)}
        </Button>
      )}
    </View>
  );
}
