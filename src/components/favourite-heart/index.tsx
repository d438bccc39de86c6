import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { showInfo } from '@/components/show-error';
import { useBusy } from '@/hooks/use-busy';
import { recordProductView, setFavourite } from '@/services/member';
import './index.scss';

/** The product page's heart: records the visit in 足迹 on open (which also says whether it is a favourite), toggles 收藏. */
export function FavouriteHeart({ productId }: { productId: string }) {
  const [on, setOn] = useState(false);
  const [busy, runBusy] = useBusy();
  useEffect(() => {
    let live = true;
    // A failed visit record only leaves the heart empty: browsing must never fail because of 足迹.
    recordProductView(productId).then(
      (r) => live && setOn(r.favourited),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [productId]);
  const toggle = async () => {
    if (busy) return;
    await runBusy(async () => {
      const r = await setFavourite(productId, !on);
      setOn(r.favourited);
      showInfo(r.favourited ? '已收藏' : '已取消收藏');
    });
  };
  return (
    <View id="favourite-heart" className={`favourite-heart${on ? ' favourite-heart--on' : ''}`} onClick={() => void toggle()} aria-label={on ? '取消收藏' : '收藏'}>
      <Text className="favourite-heart__icon">{on ? '♥' : '♡'}</Text>
      <Text className="favourite-heart__label">{on ? '已收藏' : '收藏'}</Text>
    </View>
  );
}
