import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReviewView } from '@/contracts/reviews';
import { formatTime } from '../format-time';
import './index.scss';

export const stars = (rating: number) => '★★★★★'.slice(0, rating) + '☆☆☆☆☆'.slice(0, 5 - rating);

/** One review as shoppers read it: masked nickname, stars, the SKU, text, photos, the shop's reply. */
export function ReviewItem({ review }: { review: ReviewView }) {
  return (
    <View className="review-item">
      <View className="review-item__head">
        <Text className="review-item__name">{review.nickname}</Text>
        <Text className="review-item__stars">{stars(review.rating)}</Text>
      </View>
      <Text className="review-item__meta">{`${formatTime(review.createdAt)} · ${review.specs}`}</Text>
      <Text className={`review-item__text${review.isDefault ? ' review-item__text--default' : ''}`}>{review.text || '用户未填写文字评价'}</Text>
      {review.photos.length > 0 ? (
        <View className="review-item__photos">
          {review.photos.map((src) => (
            <Image key={src} className="review-item__photo" src={src} mode="aspectFill" onClick={() => void Taro.previewImage({ current: src, urls: review.photos })} />
          ))}
        </View>
      ) : null}
      {review.reply ? <Text className="review-item__reply">{`商家回复：${review.reply.text}`}</Text> : null}
    </View>
  );
}
