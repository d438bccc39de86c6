import { Button as TaroButton, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ShareCode } from '@/contracts/distributor';
import { useShopProfile } from '@/hooks/use-shop-profile';
import { Popup } from '../nut/popup';
import { SharePoster, type PosterContent } from '../share-poster';
import { LoadingView } from '../status-view';
import { overlayPortal, sharesToChat } from '@/services/runtime';
import './index.scss';

interface ShareSheetProps {
  visible: boolean;
  onClose: () => void;
  title: string;
  /** Null while the code is being made. */
  code: ShareCode | null;
  /** A line under the title, e.g. "好友下单你可赚 ¥3.00". */
  hint?: string;
  /** What a poster shows besides the code; no poster button without it. */
  poster?: Omit<PosterContent, 'codeUrl' | 'shopName' | 'brandName' | 'brandLogoUrl'>;
  /** Share material: copy text to copy with one tap, and HQ's images to long-press and save. */
  material?: { copy: string; images: string[] };
}

/**
 * 一键复制文案: the copy with the distributor's own link when there is one (H5), so a friend who opens it is
 * attributed. The mini program has no link to paste: the distributor is told to send the card, which carries the scene.
 */
export function materialToCopy(copy: string, code: Pick<ShareCode, 'h5Url'>): string {
  return code.h5Url !== null ? `${copy}\n${code.h5Url}` : copy;
}

async function copyMaterial(copy: string, code: ShareCode): Promise<void> {
  await Taro.setClipboardData({ data: materialToCopy(copy, code) });
  if (code.h5Url === null) {
    await Taro.showModal({ title: '文案已复制', content: '粘贴文案后，请点「发送给微信好友」把商品卡片发给好友：好友从你的卡片下单才计入你的佣金。', showCancel: false, confirmText: '知道了' });
  }
}

/**
 * The distributor's share code: the mini-program code to long-press or scan, and in local mode the H5 link it
 * encodes. In the mini program a share button hands the card (with the scene path) to WeChat as well.
 */
export function ShareSheet({ visible, onClose, title, code, hint, poster, material }: ShareSheetProps) {
  const shop = useShopProfile();
  return (
    <Popup
      visible={visible}
      position="bottom"
      round
      closeable
      onClose={onClose}
      title={title}
      portal={overlayPortal()}
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
            {sharesToChat() ? (
              <TaroButton className="share-sheet__wechat" openType="share">
                发送给微信好友
              </TaroButton>
            ) : null}
            {material ? (
              <View className="share-sheet__material">
                <Text id="share-copy-text" className="share-sheet__copy" userSelect>
                  {material.copy}
                </Text>
                {material.images.length > 0 ? (
                  <View className="share-sheet__material-images">
                    {material.images.map((src) => (
                      <Image key={src} className="share-sheet__material-image" src={src} mode="aspectFill" showMenuByLongpress />
                    ))}
                  </View>
                ) : null}
                <View id="share-copy-button" className="share-sheet__copy-button" onClick={() => void copyMaterial(material.copy, code)}>
                  一键复制文案
                </View>
              </View>
            ) : null}
            {poster ? <SharePoster key={code.scene} content={{ ...poster, shopName: code.shopName, codeUrl: code.imageUrl, brandName: shop.shopName, brandLogoUrl: shop.logoUrl }} /> : null}
          </View>
        )}
      </View>
    </Popup>
  );
}
