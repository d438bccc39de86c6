import { Image, Text, View } from '@tarojs/components';
import './index.scss';

/** An order line in brief (picture, title, one line of detail), as the after-sale pages show the goods concerned. */
export function LineSummary({ imageUrl, title, detail, onClick }: { imageUrl: string; title: string; detail: string; onClick?: () => void }) {
  return (
    <View className="row line-summary" onClick={onClick}>
      <Image className="line-summary__image" src={imageUrl} mode="aspectFill" />
      <View className="line-summary__body">
        <Text className="line-summary__title">{title}</Text>
        <Text className="muted">{detail}</Text>
      </View>
    </View>
  );
}
