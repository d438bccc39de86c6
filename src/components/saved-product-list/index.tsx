import { Image, Text, View } from '@tarojs/components';
import type { SavedProductView } from '@/contracts/member';
import { PAGES } from '@/contracts/pages';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { formatTime } from '@/components/format-time';
import { Price } from '@/components/price';
import { openPage } from '@/hooks/navigation';
import type { PagedList } from '@/hooks/use-paged-list';
import './index.scss';

/** 收藏 and 足迹: a product per row with when; an off-shelf product is greyed and does not open. */
export function SavedProductList({ list, empty, idPrefix, when }: { list: PagedList<SavedProductView>; empty: string; idPrefix: string; when: string }) {
  return (
    <PagedListView list={list} empty={empty}>
      {(item: SavedProductView) => (
        <View
          key={item.product.id}
          id={`${idPrefix}-${item.product.id}`}
          className={`saved-product${item.onShelf ? '' : ' saved-product--off'}`}
          onClick={item.onShelf ? () => void openPage(PAGES.product, { productId: item.product.id }) : undefined}
        >
          <Image className="saved-product__image" src={item.product.imageUrl} mode="aspectFill" lazyLoad />
          <View className="saved-product__body">
            <Text className="saved-product__title">{item.product.title}</Text>
            <Text className="saved-product__meta">
              {item.onShelf ? `${when} ${formatTime(item.at)}` : '已下架'}
            </Text>
            <Price fen={item.product.priceFen} size="small" />
          </View>
        </View>
      )}
    </PagedListView>
  );
}
