import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { DayPicker } from '@/components/ui-kit/day-picker';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';

export interface OrderFilters {
  from: string;
  to: string;
  distributorId: string;
  distributorScope: 'DIRECT' | 'TEAM';
  search: string;
}

export const NO_ORDER_FILTERS: OrderFilters = { from: '', to: '', distributorId: '', distributorScope: 'DIRECT', search: '' };

/** The payload part of listOrders for these filters (empty fields left out). */
export function orderFilterPayload(f: OrderFilters) {
  return {
    ...(f.search ? { search: f.search } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.distributorId ? { distributorId: f.distributorId, distributorScope: f.distributorScope } : {}),
  };
}

/** Date range (Beijing days, both included) and distributor; applied only on 筛选 so typing does not reload. */
export function OrderFiltersCard({ value, onApply }: { value: OrderFilters; onApply: (f: OrderFilters) => void }) {
  const [open, setOpen] = useState(value !== NO_ORDER_FILTERS);
  const [draft, setDraft] = useState(value);
  const set = (patch: Partial<OrderFilters>) => setDraft({ ...draft, ...patch });
  const invalid = draft.from !== '' && draft.to !== '' && draft.from > draft.to;
  const search = (
    <View className="card order-search">
      <TextField id="order-search" label="搜索订单" value={draft.search} onChange={(v) => set({ search: v.trim() })} placeholder="订单编号或收货人手机号" maxlength={32} />
      <Button id="order-search-go" size="small" type="primary" onClick={() => onApply(draft)}>
        搜索
      </Button>
    </View>
  );
  if (!open) {
    return (
      <View>
        {search}
        <View id="order-filters-open" className="admin-kv card" onClick={() => setOpen(true)}>
          <Text className="admin-kv__key">按日期、分销商筛选</Text>
          <Text>展开</Text>
        </View>
      </View>
    );
  }
  return (
    <View>
      {search}
    <View id="order-filters" className="card">
      <DayPicker id="order-from" label="下单开始日期" value={draft.from} onChange={(from) => set({ from })} />
      <DayPicker id="order-to" label="下单结束日期" value={draft.to} onChange={(to) => set({ to })} />
      <TextField id="order-distributor" label="分销商编号" value={draft.distributorId} onChange={(v) => set({ distributorId: v.trim() })} placeholder="分销商列表中的编号" maxlength={64} />
      <View className="policy__chips">
        {(['DIRECT', 'TEAM'] as const).map((scope) => (
          <View key={scope} id={`order-scope-${scope}`} className={`policy__chip${draft.distributorScope === scope ? ' policy__chip--on' : ''}`} onClick={() => set({ distributorScope: scope })}>
            {scope === 'DIRECT' ? '直推客户的订单' : '整个团队的订单'}
          </View>
        ))}
      </View>
      <Text className="admin-note">按付款时记录的推荐关系筛选，只含已付款订单。</Text>
      {invalid ? <Text className="admin-note">开始日期不能晚于结束日期</Text> : null}
      <View className="admin-actions">
        <Button
          size="small"
          fill="outline"
          onClick={() => {
            setDraft(NO_ORDER_FILTERS);
            onApply(NO_ORDER_FILTERS);
          }}
        >
          清除
        </Button>
        <Button id="order-filters-apply" size="small" type="primary" disabled={invalid} onClick={() => onApply(draft)}>
          筛选
        </Button>
      </View>
    </View>
    </View>
  );
}
