import { Input, Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import { MAX_QUERY_LENGTH, type SearchResultPage, type SearchSort } from '@/contracts/catalog';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { listStatus } from '@/components/ui-kit/paged-list-view';
import { PageShell } from '@/components/page-shell';
import { ProductCard } from '@/components/product-card';
import { EmptyState } from '@/components/status-view';
import { clearRecentSearches, readRecentSearches, rememberSearch } from '@/hooks/recent-searches';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { getSearchHints, searchProducts } from '@/services/catalog';
import './index.scss';

const PAGE_SIZE = 20;

function WordChips({ id, words, onPick }: { id: string; words: readonly string[]; onPick: (w: string) => void }) {
  return (
    <View className="search__words">
      {words.map((w, i) => (
        <View key={w} id={`${id}-${i}`} className="search__word" onClick={() => onPick(w)}>
          {w}
        </View>
      ))}
    </View>
  );
}

/** Before anything is searched: this device's recent searches and the shop's 热门搜索. */
function Hints({ onPick }: { onPick: (w: string) => void }) {
  const [recent, setRecent] = useState(readRecentSearches);
  const hints = useRemote(getSearchHints, 'search-hints');
  return (
    <View>
      {recent.length > 0 ? (
        <View className="card">
          <View className="row-between">
            <Text className="card-title">最近搜索</Text>
            <Text
              id="clear-recent"
              className="muted"
              onClick={() => {
                clearRecentSearches();
                setRecent([]);
              }}
            >
              清空
            </Text>
          </View>
          <WordChips id="recent" words={recent} onPick={onPick} />
        </View>
      ) : null}
      {hints.data && hints.data.hotWords.length > 0 ? (
        <View className="card">
          <Text className="card-title">热门搜索</Text>
          <WordChips id="hot" words={hints.data.hotWords} onPick={onPick} />
        </View>
      ) : null}
    </View>
  );
}

const SORTS: ReadonlyArray<{ id: string; label: string; sorts: SearchSort[] }> = [
  { id: 'relevance', label: '综合', sorts: ['RELEVANCE'] },
  { id: 'sales', label: '销量', sorts: ['SALES'] },
  { id: 'price', label: '价格', sorts: ['PRICE_ASC', 'PRICE_DESC'] },
];

function Results({ query, onPick }: { query: string; onPick: (w: string) => void }) {
  const [sort, setSort] = useState<SearchSort>('RELEVANCE');
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const list = usePagedList(async (cursor) => {
    const page: SearchResultPage = await searchProducts({ query, sort, cursor, limit: PAGE_SIZE });
    if (cursor === 0) setSuggestions(page.suggestions);
    return page;
  }, `${query}|${sort}`);
  useReachBottom(() => list.loadMore());
  // 价格 toggles cheapest first / dearest first.
  const pick = (s: (typeof SORTS)[number]) => setSort(s.sorts.length > 1 && sort === s.sorts[0] ? (s.sorts[1] as SearchSort) : (s.sorts[0] as SearchSort));
  return (
    <View>
      <View className="search__sorts">
        {SORTS.map((s) => (
          <View key={s.id} id={`sort-${s.id}`} className={`search__sort${s.sorts.includes(sort) ? ' search__sort--on' : ''}`} onClick={() => pick(s)}>
            {s.label}
            {s.id === 'price' ? (sort === 'PRICE_DESC' ? ' ↓' : sort === 'PRICE_ASC' ? ' ↑' : ' ↕') : ''}
          </View>
        ))}
      </View>
      {listStatus(list, (
        <View>
          <EmptyState text={`没有找到「${query}」相关的商品，换个词试试`} />
          {suggestions.length > 0 ? (
            <View className="card">
              <Text className="card-title">大家都在搜</Text>
              <WordChips id="suggest" words={suggestions} onPick={onPick} />
            </View>
          ) : null}
        </View>
      )) ?? (
        <View id="search-results" className="search__list">
          {list.items.map((p) => (
            <ProductCard key={p.id} product={p} layout="row" />
          ))}
          <View className="search__end">{list.hasMore ? (list.loadingMore ? '加载中…' : '上拉加载更多') : '— 没有更多了 —'}</View>
        </View>
      )}
    </View>
  );
}

function SearchContent({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState(initial.trim());
  const run = (raw: string) => {
    const q = raw.trim().replace(/\s+/g, ' ');
    setText(q);
    setQuery(q);
    if (q) rememberSearch(q);
  };
  return (
    <View className="search">
      <View className="search__bar">
        <Input
          id="search-input"
          className="search__input"
          value={text}
          focus={!initial}
          maxlength={MAX_QUERY_LENGTH}
          confirmType="search"
          placeholder="搜索商品名称、关键词"
          onInput={(e) => {
            setText(e.detail.value);
            if (!e.detail.value.trim()) setQuery('');
          }}
          onConfirm={(e) => run(e.detail.value)}
        />
        <Button id="search-submit" size="small" type="primary" disabled={!text.trim()} onClick={() => run(text)}>
          搜索
        </Button>
      </View>
      {query ? <Results key={query} query={query} onPick={run} /> : <Hints onPick={run} />}
    </View>
  );
}

export default function SearchPage() {
  return <PageShell page={PAGES.search}>{(params) => <SearchContent initial={params.q ?? ''} />}</PageShell>;
}
