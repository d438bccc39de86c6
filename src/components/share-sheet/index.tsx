import { Button as TaroButton, Image, Text, View } from '@tarojs/components';
import type { ShareCode } from '@/contracts/distributor';
import { Popup } from '../nut/popup';
import { LoadingView } from '../status-view';
import './index.scss';

interface ShareSheetProps {
  visible: boolean;
  onClose: () => void;
  title: string;
  /** Null while the code is being made. */
  code: ShareCode | null;
  /** A line under the title, e.g. "好友下单你可赚 ¥3.00". */
  hint?: string;
}

/**
 * The distributor's share code: the mini-program code to long-press or scan, and in local mode the H5 link it
 * encodes. In the mini program a share button hands the card (with the scene path) to WeChat as well.
 */
export function ShareSheet({ visible, onClose, title, code, hint }: ShareSheetProps) {
  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      closeable
      onClose={onClose}
      title={title}
      // H5: each page is its own stacking context under the tab bar, so the sheet is mounted on <body>.
      portal={process.env.TARO_ENV === 'h5' ? () => document.body : null}
    >
      <View className="share-sheet">
        {hint ? <Text className="share-sheet__hint">{hint}</Text> : null}
        {code === null ? (
          <LoadingView text="正在生成分享码…" />
        ) : (
          <View className="share-sheet__body">
            <Image id="share-code-image" className="share-sheet__code" src={code.imageUrl} mode="aspectFit" showMenuByLongpress />
            <Text className="share-sheet__tip">长按识别或扫码打开</Text>
            {code.h5Url !== null ? (
              <Text id="share-h5-url" className="share-sheet__url" userSelect>
                {code.h5Url}
              </Text>
            ) : null}
            {process.env.TARO_ENV === 'weapp' ? (
              <TaroButton className="share-sheet__wechat" openType="share">
                发送给微信好友
              </TaroButton>
            ) : null}
          </View>
        )}
      </View>
    </Popup>
  );
}
