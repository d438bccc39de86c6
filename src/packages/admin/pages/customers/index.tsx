import { Text, View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import { useState } from 'react';
import type { CustomerFilter, CustomerView } from '@/contracts/customer-admin';
import type { ExportFileView } from '@/contracts/export-file';
import { PAGES } from '@/contracts/pages';
import { ExportFileCard } from '@/components/ui-kit/export-file-card';
import { FilterTabs } from '@/components/ui-kit/filter-tabs';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { parseYuan } from '@/domain/money/parse-yuan';
import { openPage } from '@/hooks/navigation';
import { usePagedList } from '@/hooks/use-paged-list';
import { exportCustomers, listCustomers } from '@/services/customer-admin';
import '../admin.scss';

type SuperiorTab = 'ANY' | 'YES' | 'NO';
const SUPERIOR_TABS: { value: SuperiorTab; label: string }[] = [
  { value: 'ANY', label: '全部' },
  { value: 'YES', label: '有上级' },
  { value: 'NO', label: '无上级' },
];

function CustomerRow({ c }: { c: CustomerView }) {
  return (
    <View id={`customer-${c.userId}`} className="card" onClick={() => void openPage(PAGES.adminCustomer, { userId: c.userId })}>
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">{c.nickname}</Text>
        <Text className="admin-status">{c.level}</Text>
      </View>
      <View className="admin-kv">
        <Text className="admin-kv__key">累计消费 / 订单</Text>
        <Text>
          <Price fen={c.spendFen} size="small" /> / {c.paidOrderCount} 单
        </Text>
      </View>
      <Text className="admin-note">上级：{c.superiorNickname ?? (c.superiorId ? c.superiorId : '—')} · 门店：{c.boundStore ?? '—'}</Text>
      <Text className="admin-note">最近访问：{c.lastSeenAt ? formatTime(c.lastSeenAt) : '—'}</Text>
      {c.tags.length ? <Text className="admin-note">标签：{c.tags.join('、')}</Text> : null}
    </View>
  );
}

/** Filter inputs → the filter the server takes; null (with a message) when an amount is not a yuan amount. */
function toFilter(tag: string, minYuan: string, maxYuan: string, superior: SuperiorTab): CustomerFilter | string {
  const filter: CustomerFilter = {};
  if (tag.trim()) filter.tag = tag.trim();
  if (minYuan.trim()) {
    const fen = parseYuan(minYuan);
    if (fen === null) return '最低消费请填写金额（元）';
    filter.minSpendFen = fen;
  }
  if (maxYuan.trim()) {
    const fen = parseYuan(maxYuan);
    if (fen === null) return '最高消费请填写金额（元）';
    filter.maxSpendFen = fen;
  }
  if (superior !== 'ANY') filter.hasSuperior = superior === 'YES';
  return filter;
}

function CustomersContent() {
  const [tag, setTag] = useState('');
  const [minYuan, setMinYuan] = useState('');
  const [maxYuan, setMaxYuan] = useState('');
  const [superior, setSuperior] = useState<SuperiorTab>('ANY');
  const [applied, setApplied] = useState<CustomerFilter>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [file, setFile] = useState<ExportFileView | null>(null);
  const list = usePagedList((cursor) => listCustomers({ ...applied, cursor, limit: 20 }), JSON.stringify(applied));
  useReachBottom(() => list.loadMore());

  const apply = (nextSuperior = superior) => {
    const f = toFilter(tag, minYuan, maxYuan, nextSuperior);
    if (typeof f === 'string') return setProblem(f);
    setProblem(null);
    setFile(null);
    setApplied(f);
  };
  const exportCsv = () => void runAction('正在导出…', '导出完成', async () => setFile(await exportCustomers(applied)));

  return (
    <View>
      <FilterTabs
        idPrefix="customer-superior"
        tabs={SUPERIOR_TABS}
        value={superior}
        onChange={(v) => {
          setSuperior(v);
          apply(v);
        }}
      />
      <View className="card">
        <TextField id="customer-tag" label="标签" value={tag} onChange={setTag} placeholder="按标签筛选" maxlength={10} />
        <TextField id="customer-min" label="最低消费（元）" value={minYuan} onChange={setMinYuan} type="digit" />
        <TextField id="customer-max" label="最高消费（元）" value={maxYuan} onChange={setMaxYuan} type="digit" />
        {problem ? <Text className="admin-note">{problem}</Text> : null}
        <View className="admin-actions">
          <Button id="customer-export" size="small" fill="outline" onClick={exportCsv}>
            导出 CSV
          </Button>
          <Button id="customer-search" size="small" type="primary" onClick={() => apply()}>
            筛选
          </Button>
        </View>
      </View>
      {file ? <ExportFileCard file={file} /> : null}
      <PagedListView list={list} empty="暂无符合条件的顾客">
        {(c) => <CustomerRow key={c.userId} c={c} />}
      </PagedListView>
    </View>
  );
}

export default function AdminCustomersPage() {
  return <PageShell page={PAGES.adminCustomers}>{() => <CustomersContent />}</PageShell>;
}
