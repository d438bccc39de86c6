import { ScrollView, Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { PageShell } from '@/components/page-shell';
import { ListMore } from '@/components/ui-kit/paged-list-view';
import { ProductCard } from '@/components/product-card';
import { SearchBar } from '@/components/search-bar';
import { EmptyState, ErrorView, LoadingView } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { listCategories, listProducts } from '@/services/catalog';
import './index.scss';

const PAGE_SIZE = 20;

function CategoryProducts({ categoryId }: { categoryId: string }) {
  const products = usePagedList((cursor) => listProducts({ categoryId, cursor, limit: PAGE_SIZE }), categoryId);
  if (products.loading) return <LoadingView />;
  if (products.error !== null && products.items.length === 0) {
    return <ErrorView message={products.error} onRetry={products.reload} />;
  }
  if (products.items.length === 0) return <EmptyState text="该分类下暂无商品" />;
  return (
    <View className="category__list">
      {products.items.map((p) => (
        <ProductCard key={p.id} product={p} layout="row" />
      ))}
      <ListMore list={products} className="category__more" />
    </View>
  );
}

function CategoryContent() {
  const categories = useRemote(listCategories, 'categories');
  const [selected, setSelected] = useState<string | null>(null);
  const list = useMemo(() => categories.data ?? [], [categories.data]);

  useEffect(() => {
    if (selected === null && list[0]) setSelected(list[0].id);
  }, [list, selected]);

  if (categories.data === null) return <RemoteView remote={categories} />;
  if (list.length === 0) return <EmptyState text="店铺还没有设置分类" />;

  return (
    <View className="category">
      <ScrollView className="category__side" scrollY>
        {list.map((c) => (
          <View
            key={c.id}
            className={`category__tab${c.id === selected ? ' category__tab--active' : ''}`}
            onClick={() => setSelected(c.id)}
          >
            <Text>{c.name}</Text>
          </View>
        ))}
      </ScrollView>
      <ScrollView className="category__main" scrollY>
        <SearchBar placeholder="搜索全部商品" />
        {selected !== null ? <CategoryProducts categoryId={selected} /> : null}
      </ScrollView>
    </View>
  );
}

export default function CategoryPage() {
  return <PageShell page={PAGES.category}>{() => <CategoryContent />}</PageShell>;
}
