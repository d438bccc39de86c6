import { Image, ScrollView, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './index.scss';

/** A store's photos in a row; tapping one opens the platform's full-screen preview. Nothing when there are none. */
export function StorePhotos({ id, photos, size = 'small' }: { id?: string; photos: readonly string[]; size?: 'small' | 'large' }) {
  if (photos.length === 0) return null;
  const preview = (current: string) => void Taro.previewImage({ current, urls: [...photos] }).catch(() => undefined);
  return (
    <ScrollView id={id} scrollX className="store-photos">
      <View className="store-photos__row">
        {photos.map((url) => (
          <Image key={url} src={url} mode="aspectFill" className={`store-photos__img store-photos__img--${size}`} onClick={() => preview(url)} />
        ))}
      </View>
    </ScrollView>
  );
}
