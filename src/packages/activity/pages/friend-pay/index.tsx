import { useShareAppMessage } from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { PayRequestView } from '@/contracts/activities';
import { PAGES } from '@/contracts/pages';
import { formatTime } from '@/components/format-time';
import { ResourcePage } from '@/components/resource-page';
import { Button } from '@/components/nut/button';
import { Price } from '@/components/price';
import { showInfo } from '@/components/show-error';
import { EmptyState } from '@/components/status-view';
import { pageUrl } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { getPayRequest } from '@/services/activities';
import { payFriendOrder } from '@/services/pay-order';
import '../activity.scss';

/**
 * 找人代付: the buyer shares this page; a friend who opens it pays the order (as themselves). The order stays the
 * buyer's, so it ships to the buyer and its commission follows the buyer.
 */
function FriendPay({ request, reload }: { request: PayRequestView; reload: () => void }) {
  const [busy, runBusy] = useBusy();
  useShareAppMessage(() => ({ title: `${request.buyerNickname} 请你帮忙付款`, imageUrl: request.lines[0]?.imageUrl ?? '', path: pageUrl(PAGES.friendPay, { payRequestId: request.id }) }));
  const pay = async () => {
    await runBusy(async () => {
      if ((await payFriendOrder(request.id, request.orderId)) === 'paid') showInfo('代付成功');
      reload();
    });
  };
  return (
    <View className="activity-page">
      <View className="card">
        <Text className="card-title">{request.isMine ? '把这个页面分享给好友，请 TA 帮你付款' : `${request.buyerNickname} 请你帮忙付款`}</Text>
        {request.lines.map((l, i) => (
          <View key={i} className="activity-hero">
            <Image className="activity-hero__image" src={l.imageUrl} mode="aspectFill" />
            <View className="activity-hero__body">
              <Text className="activity-hero__title">{l.title}</Text>
              <Text className="muted">
                {l.specs} × {l.quantity}
              </Text>
            </View>
          </View>
        ))}
        <View className="row-between">
          <Text>代付金额</Text>
          <Price id="friend-pay-amount" fen={request.totalFen} size="large" />
        </View>
        <Text className="muted">请在 {formatTime(request.payDeadline)} 前完成支付</Text>
      </View>
      {request.status !== 'OPEN' ? (
        <EmptyState text={request.status === 'PAID' ? '已完成支付' : '订单已关闭'} />
      ) : request.isMine ? (
        <View className="activity-actions">
          <Button id="friend-pay-share" type="primary" openType="share" block>
            发给好友
          </Button>
        </View>
      ) : (
        <View className="activity-actions">
          <Button id="friend-pay-confirm" type="primary" block loading={busy} disabled={busy} onClick={() => void pay()}>
            帮 TA 付款
          </Button>
        </View>
      )}
    </View>
  );
}

export default function FriendPayPage() {
  return <ResourcePage page={PAGES.friendPay} param="payRequestId" missing="代付请求不存在" load={getPayRequest}>{(request, reload) => <FriendPay request={request} reload={reload} />}</ResourcePage>;
}
