import { Image, OfficialAccount, Text, View } from '@tarojs/components';
import { useRemote } from '@/hooks/use-remote';
import { getFollowInfo } from '@/services/catalog';
import { rendersOfficialAccount } from '@/services/runtime';
import './index.scss';

/**
 * 关注公众号 on a page a scan opened, when staff switched it on. The mini program shows WeChat's own
 * `official-account` component (WeChat renders it only for scan scenes, for the account bound to the mini program);
 * the H5 shop shows the account's QR image instead.
 */
export function FollowOfficialAccount() {
  const info = useRemote(getFollowInfo, 'follow-info');
  if (!info.data?.showOnScan) return null;
  if (rendersOfficialAccount()) return <OfficialAccount />;
  if (!info.data.qrImageUrl) return null;
  return (
    <View id="follow-official-account" className="follow-oa">
      <Image className="follow-oa__qr" src={info.data.qrImageUrl} mode="aspectFit" />
      <Text className="follow-oa__text">长按识别二维码，关注公众号「{info.data.name}」，获取优惠与订单通知</Text>
    </View>
  );
}
