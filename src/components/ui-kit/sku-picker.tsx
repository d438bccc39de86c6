import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminProductView, AdminSkuView } from '@/contracts/product-admin';
import { formatFen } from '@/domain/money/format-fen';
import { useRemote } from '@/hooks/use-remote';
import { listAdminProducts } from '@/services/product-admin';
import { TextField } from './text-field';
import './index.scss';

/** Enough pages for a shop's whole range; a search past it asks staff to type more of the title. */
const MAX_PAGES = 10;
const SHOWN = 20;

async function loadAllProducts(): Promise<AdminProductView[]> {
  const all: AdminProductView[] = [];
  let cursor: number | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await listAdminProducts({ cursor, limit: 50 });
    all.push(...page.items);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return all;
}

/** The staff product list (on shelf or not), loaded once per picker, filtered by title as staff type. */
function useProductSearch() {
  const remote = useRemote(loadAllProducts, 'staff-products');
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = (remote.data ?? []).filter((p) => !q || p.title.toLowerCase().includes(q));
  return { remote, query, setQuery, matches };
}

/** 「商品名 · 规格」: how a form names one SKU. */
export const skuLabel = (title: string, specs: string) => `${title} · ${specs}`;

function ProductList({ id, search, onTap, selected }: { id: string; search: ReturnType<typeof useProductSearch>; onTap: (p: AdminProductView) => void; selected?: (p: AdminProductView) => boolean }) {
  const { remote, matches } = search;
  if (remote.data === null) return <Text className="muted">{remote.error ?? '正在加载商品…'}</Text>;
  if (matches.length === 0) return <Text className="muted">没有标题含「{search.query.trim()}」的商品</Text>;
  return (
    <View className="picker__list">
      {matches.slice(0, SHOWN).map((p) => (
        <View key={p.id} id={`${id}-product-${p.id}`} className={`picker__item${selected?.(p) ? ' picker__item--on' : ''}`} onClick={() => onTap(p)}>
          <Text>{p.title}</Text>
          <Text className="muted">{p.onShelf ? `${p.skus.length} 个规格` : '已下架'}</Text>
        </View>
      ))}
      {matches.length > SHOWN ? <Text className="muted">还有 {matches.length - SHOWN} 个，请输入更多标题文字</Text> : null}
    </View>
  );
}

/**
 * One SKU chosen by searching the staff product list by title, tapping the product, then its SKU (规格, price,
 * stock), so staff never type a SKU code. `label` is what the form shows once chosen.
 */
export function SkuPicker({ id, label, onPick }: { id: string; label: string | null; onPick: (sku: AdminSkuView, product: AdminProductView) => void }) {
  const search = useProductSearch();
  const [product, setProduct] = useState<AdminProductView | null>(null);
  const [open, setOpen] = useState(label === null);
  if (!open && label !== null) {
    return (
      <View id={id} className="admin-field">
        <Text className="admin-field__label">商品规格</Text>
        <Text id={`${id}-chosen`} className="admin-field__input">{label}</Text>
        <Text id={`${id}-change`} className="picker__link" onClick={() => setOpen(true)}>重选</Text>
      </View>
    );
  }
  return (
    <View id={id}>
      <TextField id={`${id}-search`} label="搜索商品" value={search.query} onChange={search.setQuery} placeholder="输入商品标题中的文字" />
      <ProductList id={id} search={search} selected={(p) => p.id === product?.id} onTap={(p) => setProduct(product?.id === p.id ? null : p)} />
      {product ? (
        <View className="picker__skus">
          <Text className="muted">选择「{product.title}」的规格：</Text>
          {product.skus.map((s) => (
            <View
              key={s.id}
              id={`${id}-sku-${s.id}`}
              className="picker__item"
              onClick={() => {
                onPick(s, product);
                setOpen(false);
              }}
            >
              <Text>{s.specs}</Text>
              <Text className="muted">
                {formatFen(s.priceFen)} · 库存 {s.stock}
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/**
 * Several products chosen the same way (a coupon's 指定商品): tap a product to add it, tap a chosen one to remove
 * it. Ids saved earlier show by title once the list has loaded.
 */
export function ProductsPicker({ id, value, onChange }: { id: string; value: string[]; onChange: (ids: string[]) => void }) {
  const search = useProductSearch();
  const titles = new Map((search.remote.data ?? []).map((p) => [p.id, p.title]));
  const toggle = (productId: string) => onChange(value.includes(productId) ? value.filter((x) => x !== productId) : [...value, productId]);
  return (
    <View id={id}>
      <Text className="muted">适用商品（搜索后点选添加，点已选的移除）</Text>
      <View className="policy__chips">
        {value.length === 0 ? <Text className="muted">尚未选择商品</Text> : null}
        {value.map((productId) => (
          <View key={productId} id={`${id}-chosen-${productId}`} className="policy__chip policy__chip--on" onClick={() => toggle(productId)}>
            {titles.get(productId) ?? productId} ×
          </View>
        ))}
      </View>
      <TextField id={`${id}-search`} label="搜索商品" value={search.query} onChange={search.setQuery} placeholder="输入商品标题中的文字" />
      <ProductList id={id} search={search} selected={(p) => value.includes(p.id)} onTap={(p) => toggle(p.id)} />
    </View>
  );
}
