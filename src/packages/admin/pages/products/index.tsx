import { Image, Text, View } from '@tarojs/components';
import { useDidShow, useReachBottom } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { AdminProductView } from '@/contracts/product-admin';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { listAdminProducts, setOnShelf } from '@/services/product-admin';
import '../admin.scss';

type Shelf = 'ON' | 'OFF' | 'ALL';
const TABS: { value: Shelf; label: string }[] = [
  { value: 'ON', label: '在售' },
  { value: 'OFF', label: '已下架' },
  { value: 'ALL', label: '全部' },
];

function ProductRow({ p, onChanged }: { p: AdminProductView; onChanged: () => void }) {
  const stock = p.skus.reduce((n, s) => n + s.stock, 0);
  const toggle = async () => {
    if (p.onShelf && !(await confirmAction('下架商品', `「${p.title}」下架后顾客和分销商店铺都看不到它（已下单不受影响）。`))) return;
    if (await runAction('正在提交…', p.onShelf ? '已下架' : '已上架', () => setOnShelf(p.id, !p.onShelf))) onChanged();
  };
  return (
    <View id={`admin-product-${p.id}`} className="card admin-product">
      <Image className="admin-product__image" src={p.images[0] ?? ''} mode="aspectFill" />
      <View className="admin-product__body">
        <Text className="admin-card__title">{p.title}</Text>
        <Text className="muted">
          {p.skus.length} 个规格 · 库存 {stock} · {p.onShelf ? '在售' : '已下架'}
        </Text>
        <View className="row-between">
          <Price fen={p.minPriceFen} size="small" />
          <View className="admin-actions">
            <Button size="small" fill="outline" onClick={() => void openPage(PAGES.adminProduct, { productId: p.id })}>
              编辑
            </Button>
            <Button id={`shelf-${p.id}`} size="small" type={p.onShelf ? 'default' : 'primary'} onClick={() => void toggle()}>
              {p.onShelf ? '下架' : '上架'}
            </Button>
          </View>
        </View>
      </View>
    </View>
  );
}

function ProductsContent() {
  const [shelf, setShelf] = useState<Shelf>('ON');
  const [round, setRound] = useState(0);
  const list = usePagedList(
    (cursor) => listAdminProducts({ ...(shelf === 'ALL' ? {} : { onShelf: shelf === 'ON' }), cursor, limit: 10 }),
    `${shelf}-${round}`,
  );
  useReachBottom(() => list.loadMore());
  const firstShow = useRef(true);
  useDidShow(() => (firstShow.current ? (firstShow.current = false) : setRound((r) => r + 1)));
  return (
    <View>
      <FilterTabs idPrefix="product-filter" tabs={TABS} value={shelf} onChange={setShelf} />
      <View className="admin-product__new">
        <Button id="product-new" type="primary" block onClick={() => void openPage(PAGES.adminProduct)}>
          新建商品
        </Button>
        <Button id="product-categories" fill="outline" block onClick={() => void openPage(PAGES.adminCategories)}>
          分类管理
        </Button>
      </View>
      <PagedListView list={list} empty="暂无商品">
        {(p) => <ProductRow key={p.id} p={p} onChanged={() => setRound((r) => r + 1)} />}
      </PagedListView>
    </View>
  );
}

export default function AdminProductsPage() {
  return <PageShell page={PAGES.adminProducts}>{() => <ProductsContent />}</PageShell>;
}
