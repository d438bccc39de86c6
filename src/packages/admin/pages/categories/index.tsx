import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { AdminCategoryView } from '@/contracts/product-admin';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { newRequestId } from '@/services/request-id';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { usePagedList } from '@/hooks/use-paged-list';
import { deleteCategory, listAdminCategories, reorderCategories, saveCategory } from '@/services/product-admin';
import '../admin.scss';

/** Every live category id in order: a reorder sends the whole order (≤ 100 categories, at most 2 pages). */
async function allCategoryIds(): Promise<string[]> {
  const ids: string[] = [];
  for (let cursor: number | null = 0; cursor !== null; ) {
    const page = await listAdminCategories({ cursor, limit: 50 });
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
  }
  return ids;
}

function CategoryRow({ c, onChanged }: { c: AdminCategoryView; onChanged: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(c.name);
  const requestId = useRef(newRequestId('cr')).current;
  const rename = async () => {
    if (await runAction('正在保存…', '已改名', () => saveCategory({ requestId, categoryId: c.id, name: name.trim() }))) onChanged();
  };
  const move = async (by: -1 | 1) => {
    const ok = await runAction('正在排序…', '已调整顺序', async () => {
      const ids = await allCategoryIds();
      const i = ids.indexOf(c.id);
      const j = i + by;
      if (i < 0 || j < 0 || j >= ids.length) return;
      [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
      await reorderCategories(ids);
    });
    if (ok) onChanged();
  };
  const remove = async () => {
    if (!(await confirmAction('删除分类', `删除「${c.name}」后顾客将看不到这个分类。`))) return;
    if (await runAction('正在删除…', '已删除', () => deleteCategory(c.id))) onChanged();
  };
  return (
    <View id={`category-${c.id}`} className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">{c.name}</Text>
        <Text className="muted">{c.productCount} 个商品</Text>
      </View>
      {renaming ? <TextField id={`category-name-${c.id}`} label="新名称" value={name} onChange={setName} maxlength={10} /> : null}
      {c.productCount > 0 ? <Text className="admin-note">分类下有商品时不能删除，请先在商品编辑中把它们移到其他分类。</Text> : null}
      <View className="admin-actions">
        <Button size="small" fill="outline" onClick={() => void move(-1)}>
          上移
        </Button>
        <Button size="small" fill="outline" onClick={() => void move(1)}>
          下移
        </Button>
        {renaming ? (
          <Button id={`category-rename-save-${c.id}`} size="small" type="primary" disabled={!name.trim() || name.trim() === c.name} onClick={() => void rename()}>
            保存名称
          </Button>
        ) : (
          <Button size="small" fill="outline" onClick={() => setRenaming(true)}>
            改名
          </Button>
        )}
        <Button id={`category-delete-${c.id}`} size="small" type="danger" disabled={c.productCount > 0} onClick={() => void remove()}>
          删除
        </Button>
      </View>
    </View>
  );
}

function NewCategory({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  // A new key per created category; pressing twice while it saves creates it once.
  const [requestId, setRequestId] = useState(() => newRequestId('cc'));
  const create = async () => {
    if (await runAction('正在创建…', '已创建', () => saveCategory({ requestId, name: name.trim() }))) {
      setName('');
      setRequestId(newRequestId('cc'));
      onCreated();
    }
  };
  return (
    <View className="card">
      <TextField id="category-new-name" label="新建分类" value={name} onChange={setName} placeholder="最多 10 个字，排在最后" maxlength={10} />
      <View className="admin-actions">
        <Button id="category-create" size="small" type="primary" disabled={!name.trim()} onClick={() => void create()}>
          创建
        </Button>
      </View>
    </View>
  );
}

function CategoriesContent() {
  const [round, setRound] = useState(0);
  const list = usePagedList((cursor) => listAdminCategories({ cursor, limit: 50 }), String(round));
  useReachBottom(() => list.loadMore());
  const reload = () => setRound((r) => r + 1);
  return (
    <View>
      <NewCategory onCreated={reload} />
      <PagedListView list={list} empty="暂无分类，先新建一个">
        {(c) => <CategoryRow key={`${c.id}-${c.name}-${c.sort}-${c.productCount}`} c={c} onChanged={reload} />}
      </PagedListView>
    </View>
  );
}

export default function AdminCategoriesPage() {
  return <PageShell page={PAGES.adminCategories}>{() => <CategoriesContent />}</PageShell>;
}
