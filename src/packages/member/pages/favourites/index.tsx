import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { PAGES } from '@/contracts/pages';
import { PageShell } from '@/components/page-shell';
import { SavedProductList } from '@/components/saved-product-list';
import { usePagedList } from '@/hooks/use-paged-list';
import { listFavourites } from '@/services/member';
import './index.scss';

/** 我的收藏: hearted products, newest first (un-heart on the product page). */
function FavouritesContent() {
  const list = usePagedList((cursor) => listFavourites({ cursor }), 'favourites');
  const firstShow = useRef(true);
  // Back from a product page where the heart may have changed.
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false;
    else list.reload();
  });
  return (
    <View className="member-saved">
      <SavedProductList list={list} empty="还没有收藏的商品，在商品页点「收藏」即可加入" idPrefix="favourite" when="收藏于" />
    </View>
  );
}

export default function FavouritesPage() {
  return <PageShell page={PAGES.favourites}>{() => <FavouritesContent />}</PageShell>;
}
