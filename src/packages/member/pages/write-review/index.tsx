import { Image, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrderDetailView } from '@/contracts/orders';
import { PAGES } from '@/contracts/pages';
import { MAX_REVIEW_PHOTOS, MAX_REVIEW_TEXT, REVIEWABLE_STATUSES } from '@/domain/review/review-rules';
import { RATING_LABELS } from '@/components/labels';
import { LineSummary } from '@/components/line-summary';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showInfo } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { EmptyState } from '@/components/status-view';
import { chooseImageBase64 } from '@/services/choose-image-base64';
import { replacePage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { getOrder } from '@/services/orders';
import { submitReview, uploadReviewPhoto } from '@/services/reviews';
import './index.scss';

/** 发表评价 of one received order line: stars, text, up to 6 photos; then the product page shows it. */
function ReviewForm({ order, lineId }: { order: OrderDetailView; lineId: string }) {
  const line = order.lines.find((l) => l.lineId === lineId);
  const [rating, setRating] = useState(5);
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [uploading, runUploading] = useBusy();
  const [sending, runSending] = useBusy();
  if (!line) return <EmptyState text="订单中没有这件商品" />;
  if (order.reviewedLineIds.includes(lineId)) {
    return <EmptyState text="这件商品已经评价过了" action={<Button onClick={() => void replacePage(PAGES.productReviews, { productId: line.productId })}>查看评价</Button>} />;
  }
  if (!REVIEWABLE_STATUSES.includes(order.status)) return <EmptyState text="确认收货后才能评价" />;

  const addPhoto = async () => {
    await runUploading(async () => {
      const image = await chooseImageBase64(1080);
      if (image) {
        const { url } = await uploadReviewPhoto(image);
        setPhotos((p) => (p.includes(url) ? p : [...p, url]));
      }
    });
  };
  const submit = async () => {
    await runSending(async () => {
      await submitReview({ orderId: order.id, lineId, rating, text: text.trim(), photos });
      showInfo('评价成功');
      void replacePage(PAGES.product, { productId: line.productId });
    });
  };

  return (
    <View className="write-review">
      <View className="card">
        <LineSummary imageUrl={line.imageUrl} title={line.title} detail={line.specs} />
      </View>
      <View className="card">
        <Text className="card-title">商品评分</Text>
        <View className="write-review__stars">
          {[1, 2, 3, 4, 5].map((n) => (
            <Text key={n} id={`review-star-${n}`} className={`write-review__star${n <= rating ? ' write-review__star--on' : ''}`} onClick={() => setRating(n)}>
              ★
            </Text>
          ))}
          <Text id="review-rating-label" className="muted write-review__label">{RATING_LABELS[rating]}</Text>
        </View>
      </View>
      <View className="card">
        <Textarea
          id="review-text"
          className="write-review__text"
          value={text}
          maxlength={MAX_REVIEW_TEXT}
          placeholder="说说商品怎么样，帮助更多想买的人（选填）"
          onInput={(e) => setText(e.detail.value)}
        />
        <View className="write-review__photos">
          {photos.map((url) => (
            <Image key={url} className="write-review__photo" src={url} mode="aspectFill" onClick={() => setPhotos(photos.filter((p) => p !== url))} />
          ))}
          {photos.length < MAX_REVIEW_PHOTOS ? (
            <View id="review-add-photo" className="write-review__add" onClick={() => void addPhoto()}>
              {uploading ? '上传中…' : `+ 晒图 ${photos.length}/${MAX_REVIEW_PHOTOS}`}
            </View>
          ) : null}
        </View>
        <Text className="muted">点图片可删除；评价将以匿名昵称展示</Text>
      </View>
      <View className="write-review__submit">
        <Button id="review-submit" type="primary" block loading={sending} disabled={uploading} onClick={() => void submit()}>
          发表评价
        </Button>
      </View>
    </View>
  );
}

function WriteReviewContent({ orderId, lineId }: { orderId: string; lineId: string }) {
  const remote = useRemote(() => getOrder(orderId), orderId);
  return <RemoteView remote={remote}>{(data) => <ReviewForm order={data} lineId={lineId} />}</RemoteView>;
}

export default function WriteReviewPage() {
  return (
    <PageShell page={PAGES.writeReview}>
      {(params) => (params.orderId && params.lineId ? <WriteReviewContent orderId={params.orderId} lineId={params.lineId} /> : <EmptyState text="缺少订单信息" />)}
    </PageShell>
  );
}
