import { Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { openPage } from '@/hooks/navigation';
import { useRemote } from '@/hooks/use-remote';
import { listProductReviews } from '@/services/reviews';
import { ReviewItem } from '../review-item';
import './index.scss';

const PREVIEW = 2;

/** The product page's 商品评价 section: average, count, 有图, the latest two, and the way to all of them. */
export function ProductReviews({ productId }: { productId: string }) {
  const remote = useRemote(() => listProductReviews({ productId, limit: PREVIEW }), `reviews-${productId}`);
  const page = remote.data;
  const openAll = (withPhotos = false) => void openPage(PAGES.productReviews, { productId, ...(withPhotos ? { withPhotos: '1' } : {}) });
  return (
    <View id="product-reviews" className="card product-reviews">
      <View className="product-reviews__head" onClick={() => openAll()}>
        <Text className="card-title">{page ? `商品评价（${page.summary.count}）` : '商品评价'}</Text>
        {page && page.summary.count > 0 ? <Text id="review-average" className="product-reviews__average">{`${page.summary.average.toFixed(1)} 分`}</Text> : null}
        <Text className="product-reviews__all">查看全部 ›</Text>
      </View>
      {page && page.summary.withPhotos > 0 ? (
        <View id="reviews-with-photos" className="product-reviews__chip" onClick={() => openAll(true)}>
          {`有图（${page.summary.withPhotos}）`}
        </View>
      ) : null}
      {page === null ? null : page.items.length === 0 ? (
        <Text className="muted">暂无评价，买过的顾客收货后可以评价</Text>
      ) : (
        page.items.map((r) => <ReviewItem key={r.id} review={r} />)
      )}
    </View>
  );
}
