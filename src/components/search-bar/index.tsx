import { Text, View } from '@tarojs/components';
import { PAGES } from '@/contracts/pages';
import { openPage } from '@/hooks/navigation';
import './index.scss';

/** The search entry on home and category: a box that opens the search page (typing happens there). */
export function SearchBar({ placeholder = '搜索商品' }: { placeholder?: string }) {
  return (
    <View id="search-bar" className="search-bar" onClick={() => void openPage(PAGES.search)}>
      <Text className="search-bar__icon">🔍</Text>
      <Text className="search-bar__text">{placeholder}</Text>
    </View>
  );
}
