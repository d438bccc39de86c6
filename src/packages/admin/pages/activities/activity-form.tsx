import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ActivityPhase } from '@/contracts/activities';
import { ACTIVITY_PHASE_LABELS } from '@/components/labels';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { SkuPicker, skuLabel } from '@/components/ui-kit/sku-picker';
import { Button } from '@/components/nut/button';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';


/** A whole number as typed (counts, hours); null when it is not one. */
export const whole = (text: string): number | null => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);
const pad = (n: number) => String(n).padStart(2, '0');
const localText = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
/** "2026-11-23 10:00" in the phone's time zone → ISO; null when unreadable. */
const toIso = (text: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/**
 * The fields every activity has: SKU (picked by product title, shown as 「商品名 · 规格」), window, and whether its orders pay commission (off unless turned on). `load`
 * fills them from an existing activity to edit it (saved with its id, the same save action); `reset` goes back to
 * creating. The SKU of an existing activity stays as it is: its orders and holds are on that SKU.
 */
export function useCommon() {
  const [editId, setEditId] = useState<string | null>(null);
  const [skuId, setSkuId] = useState('');
  const [skuName, setSkuName] = useState<string | null>(null);
  // A new picker after each save or cancel, so it starts from an empty search.
  const [pickerRound, setPickerRound] = useState(0);
  const [start, setStart] = useState(localText(new Date()));
  const [end, setEnd] = useState(localText(new Date(Date.now() + 7 * 86_400_000)));
  const [paysCommission, setPaysCommission] = useState(false);
  const load = (a: { id: string; skuId: string; title: string; specs: string; startAt: string; endAt: string; paysCommission: boolean }) => {
    setEditId(a.id);
    setSkuId(a.skuId);
    setSkuName(skuLabel(a.title, a.specs));
    setStart(localText(new Date(a.startAt)));
    setEnd(localText(new Date(a.endAt)));
    setPaysCommission(a.paysCommission);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
  };
  const reset = () => {
    setEditId(null);
    setSkuId('');
    setSkuName(null);
    setPickerRound((r) => r + 1);
    setStart(localText(new Date()));
    setEnd(localText(new Date(Date.now() + 7 * 86_400_000)));
    setPaysCommission(false);
  };
  const fields = (
    <>
      {editId ? (
        <View className="admin-kv">
          <Text className="admin-kv__key">商品规格</Text>
          <Text id="act-sku-fixed">{skuName ?? skuId}</Text>
        </View>
      ) : (
        <SkuPicker
          key={pickerRound}
          id="act-sku"
          label={skuName}
          onPick={(sku, product) => {
            setSkuId(sku.id);
            setSkuName(skuLabel(product.title, sku.specs));
          }}
        />
      )}
      <TextField id="act-start" label="开始时间" value={start} onChange={setStart} placeholder="2026-11-23 10:00" />
      <TextField id="act-end" label="结束时间" value={end} onChange={setEnd} placeholder="2026-11-30 10:00" />
      <View className="row-between">
        <Text>活动订单计算分销佣金</Text>
        <Switch id="act-commission" checked={paysCommission} onChange={(e) => setPaysCommission(e.detail.value)} />
      </View>
      <Text className="muted">默认不计佣（活动价已让利，多数商城同样如此）；开启后按分销设置的比例以活动实付价计佣。</Text>
    </>
  );
  const read = () => {
    const startAt = toIso(start);
    const endAt = toIso(end);
    if (!skuId.trim() || !startAt || !endAt) return null;
    return { ...(editId ? { id: editId } : {}), requestId: newRequestId('act'), skuId: skuId.trim(), startAt, endAt, paysCommission };
  };
  return { fields, read, load, reset, editing: editId !== null };
}

/** The form's title and buttons: create, or save the activity being edited (or stop editing it). */
export function FormActions({ kind, idPrefix, editing, onSave, onCancel }: { kind: string; idPrefix: string; editing: boolean; onSave: () => void; onCancel: () => void }) {
  return (
    <View className="admin-actions">
      {editing ? (
        <Button id={`${idPrefix}-cancel-edit`} size="small" fill="outline" onClick={onCancel}>
          取消编辑
        </Button>
      ) : null}
      <Button id={`${idPrefix}-save`} type="primary" size="small" onClick={onSave}>
        {editing ? '保存修改' : `创建${kind}`}
      </Button>
    </View>
  );
}
export const savedText = (editing: boolean) => (editing ? '已保存' : '已创建');

export function Row({ id, title, phase, children, onEdit, onDelete }: { id: string; title: string; phase: ActivityPhase; children: React.ReactNode; onEdit: () => void; onDelete: () => void }) {
  return (
    <View id={`activity-${id}`} className="card">
      <View className="row-between">
        <Text className="card-title">{title}</Text>
        <Text className="muted">{ACTIVITY_PHASE_LABELS[phase]}</Text>
      </View>
      {children}
      <View className="admin-actions">
        <Button id={`activity-edit-${id}`} size="small" fill="outline" onClick={onEdit}>
          编辑
        </Button>
        <Button size="small" fill="outline" onClick={onDelete}>
          删除
        </Button>
      </View>
    </View>
  );
}

/** Deleting an activity asks first (orders already placed keep it), then deletes and reloads the list. */
export async function confirmDelete(kind: string, title: string, remove: () => Promise<unknown>, reload: () => void): Promise<void> {
  if (!(await confirmAction(`删除${kind}`, `删除「${title}」后顾客将看不到这个活动；已下的订单不受影响。`))) return;
  if (await runAction('正在删除…', '已删除', remove)) reload();
}

export function Listing<T>({ remote, render }: { remote: { data: T[] | null; error: string | null; reload: () => void }; render: (item: T) => React.ReactNode }) {
  if (remote.data === null) return <RemoteView remote={remote} />;
  if (remote.data.length === 0) return <EmptyState text="暂无记录" />;
  return <View>{remote.data.map(render)}</View>;
}
