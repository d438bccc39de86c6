import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PAGES } from '@/contracts/pages';
import { HISTORY_CAP } from '@/domain/member/browsing-history';
import { PageShell } from '@/components/page-shell';
import { SavedProductList } from '@/components/saved-product-list';
import { showError, showInfo } from '@/components/show-error';
import { usePagedList } from '@/hooks/use-paged-list';
import { clearHistory, listHistory } from '@/services/member';
import '../favourites/index.scss';

/** 我的足迹: products opened, most recent first, the newest HISTORY_CAP kept; 清空 empties it. */
function HistoryContent() {
  const list = usePagedList((cursor) => listHistory({ cursor }), 'history');
  const clear = async () => {
    const { confirm } = await Taro.showModal({ title: '清空足迹', content: '清空后无法恢复，确定清空吗？', confirmText: '清空' });
    if (!confirm) return;
    try {
      await clearHistory();
      showInfo('已清空');
      list.reload();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <View className="member-saved">
      <View className="member-saved__bar">
        <Text>最近浏览的 {HISTORY_CAP} 件商品</Text>
        {list.items.length > 0 ? (
          <Text id="history-clear" className="member-saved__clear" onClick={() => void clear()}>
            清空
          </Text>
        ) : null}
      </View>
      <SavedProductList list={list} empty="还没有浏览记录" idPrefix="history" when="浏览于" />
    </View>
  );
}

export default function HistoryPage() {
  return <PageShell page={PAGES.history}>{() => <HistoryContent />}</PageShell>;
}
