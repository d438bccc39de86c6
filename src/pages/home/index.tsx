import { Image, ScrollView, Text, View } from '@tarojs/components';
import Taro, { useReachBottom } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { ActivityEntry } from '@/components/activity-entry';
import { listStatus } from '@/components/ui-kit/paged-list-view';
import { PageShell } from '@/components/page-shell';
import { ProductCard } from '@/components/product-card';
import { SearchBar } from '@/components/search-bar';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { FALLBACK_SHOP_PROFILE, useShopProfile } from '@/hooks/use-shop-profile';
import { listCategories, listProducts } from '@/services/catalog';
import './index.scss';

const PAGE_SIZE = 10;

function HomeContent() {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const categories = useRemote(listCategories, 'categories');
  const shop = useShopProfile();
  useEffect(() => {
    // The title bar carries the shop's own name once it is known.
    if (shop !== FALLBACK_SHOP_PROFILE) void Taro.setNavigationBarTitle({ title: shop.shopName }).catch(() => undefined);
  }, [shop]);
  const products = usePagedList(
    (cursor) => listProducts({ ...(categoryId ? { categoryId } : {}), cursor, limit: PAGE_SIZE }),
    categoryId ?? 'all',
  );
  useReachBottom(() => products.loadMore());

  const chips = [{ id: null, name: '全部' }, ...(categories.data ?? [])];
  return (
    <View className="home">
      <View className="home__banner">
        <View className="home__brand">
          {shop.logoUrl ? <Image id="home-shop-logo" className="home__logo" src={shop.logoUrl} mode="aspectFill" /> : null}
          <Text id="home-shop-name" className="home__shop">
            {shop.shopName}
          </Text>
        </View>
        <Text className="home__slogan">好物直供 · 分享好友赚佣金</Text>
      </View>
      <SearchBar />
      <ActivityEntry />

      <ScrollView className="home__chips" scrollX enhanced showScrollbar={false}>
        {chips.map((c) => (
          <View
            key={c.id ?? 'all'}
            className={`home__chip${c.id === categoryId ? ' home__chip--active' : ''}`}
            onClick={() => setCategoryId(c.id)}
          >
            {c.name}
          </View>
        ))}
      </ScrollView>

      {listStatus(products, '这里还没有商品，去看看别的分类吧') ?? (
        <View className="home__grid">
          {products.items.map((p) => (
            <View key={p.id} className="home__cell">
              <ProductCard product={p} />
            </View>
          ))}
        </View>
      )}

      {!products.loading && products.items.length > 0 ? (
        products.hasMore ? (
          <View className="home__more" onClick={products.loadMore}>
            {products.loadingMore ? '加载中…' : '加载更多'}
          </View>
        ) : (
          <View className="home__end">— 没有更多了 —</View>
        )
      ) : null}
    </View>
  );
}

export default function HomePage() {
  return <PageShell page={PAGES.home}>{() => <HomeContent />}</PageShell>;
}
