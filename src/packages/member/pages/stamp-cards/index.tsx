import { Text, View } from '@tarojs/components';
import type { MyStampCardView } from '@/contracts/stamp-card';
import { PAGES } from '@/contracts/pages';
import { formatFen } from '@/domain/money/format-fen';
import { toFen } from '@/domain/money/fen';
import { formatTime } from '@/components/format-time';
import { PageShell } from '@/components/page-shell';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { listMyStampCards } from '@/services/marketing';
import './index.scss';

function howToEarn(card: MyStampCardView): string {
  const ways = [card.productIds.length ? '购买指定商品每单每种得 1 点' : '', card.perPickup ? '到店自提核销得 1 点' : '', card.counterMinFen !== null ? `优惠买单满 ${formatFen(toFen(card.counterMinFen))} 得 1 点` : ''].filter(Boolean);
  return `${ways.join('；')}。退款的订单收回对应的点数。`;
}

function StampCard({ card }: { card: MyStampCardView }) {
  return (
    <View id={`stamp-card-${card.id}`} className="card">
      <View className="row-between">
        <Text className="card-title">{card.name}</Text>
        <Text className="muted">{card.running ? `至 ${formatTime(card.endAt)}` : '已结束'}</Text>
      </View>
      <View className="stamps__row">
        {Array.from({ length: card.goal }, (_, i) => (
          <View key={i} className={`stamps__dot${i < card.towardNext ? ' stamps__dot--on' : ''}`}>
            {i + 1}
          </View>
        ))}
      </View>
      <View id={`stamp-progress-${card.id}`} className="muted">
        {card.owed > 0 ? `因退款需先补回 ${card.owed} 点` : `已集 ${card.towardNext}/${card.goal} 点`}，集满送「{card.rewardName}」
        {card.rewardsGranted > 0 ? ` · 已获得 ${card.rewardsGranted} 张（在「我的优惠券」）` : ''}
      </View>
      <View className="muted">{howToEarn(card)}</View>
    </View>
  );
}

function StampCardsContent() {
  const cards = useRemote(listMyStampCards, 'my-stamp-cards');
  if (cards.data === null) return <RemoteView remote={cards} />;
  if (cards.data.length === 0) return <EmptyState text="暂无集点活动" />;
  return (
    <View>
      {cards.data.map((c) => (
        <StampCard key={c.id} card={c} />
      ))}
    </View>
  );
}

export default function StampCardsPage() {
  return <PageShell page={PAGES.stampCards}>{() => <StampCardsContent />}</PageShell>;
}
