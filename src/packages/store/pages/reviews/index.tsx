import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { ProductReviewsPage, ReviewSummary } from '@/contracts/reviews';
import { PageShell } from '@/components/page-shell';
import { listStatus } from '@/components/ui-kit/paged-list-view';
import { ReviewItem } from '@/components/review-item';
import { EmptyState } from '@/components/status-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { listProductReviews } from '@/services/reviews';
import './index.scss';

const PAGE_SIZE = 20;

/** Every visible review of one product, newest first, 全部 or 有图, under its average and counts. */
function ReviewsContent({ productId, initialWithPhotos }: { productId: string; initialWithPhotos: boolean }) {
  const [withPhotos, setWithPhotos] = useState(initialWithPhotos);
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const list = usePagedList(async (cursor) => {
    const page: ProductReviewsPage = await listProductReviews({ productId, withPhotos, cursor, limit: PAGE_SIZE });
    setSummary(page.summary);
    return page;
  }, `${productId}|${withPhotos}`);
  useReachBottom(() => list.loadMore());
  return (
    <View className="reviews">
      <View className="card">
        <Text id="reviews-summary" className="reviews__summary">
          {summary ? (summary.count > 0 ? `${summary.average.toFixed(1)} 分 · 共 ${summary.count} 条评价` : '暂无评价') : '商品评价'}
        </Text>
        <View className="reviews__tabs">
          <View id="reviews-all" className={`reviews__tab${withPhotos ? '' : ' reviews__tab--on'}`} onClick={() => setWithPhotos(false)}>
            {`全部（${summary?.count ?? 0}）`}
          </View>
          <View id="reviews-photos" className={`reviews__tab${withPhotos ? ' reviews__tab--on' : ''}`} onClick={() => setWithPhotos(true)}>
            {`有图（${summary?.withPhotos ?? 0}）`}
          </View>
        </View>
      </View>
      {listStatus(list, withPhotos ? '还没有带图的评价' : '暂无评价') ?? (
        <View className="card">
          {list.items.map((r) => (
            <ReviewItem key={r.id} review={r} />
          ))}
          <View className="reviews__end">{list.hasMore ? (list.loadingMore ? '加载中…' : '上拉加载更多') : '— 没有更多了 —'}</View>
        </View>
      )}
    </View>
  );
}

export default function ProductReviewsPage() {
  return (
    <PageShell page={PAGES.productReviews}>
      {(params) => (params.productId ? <ReviewsContent productId={params.productId} initialWithPhotos={params.withPhotos === '1'} /> : <EmptyState text="缺少商品信息" />)}
    </PageShell>
  );
}
