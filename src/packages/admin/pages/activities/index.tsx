import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ActivityPhase, AdminBargainRow, AdminGroupRow, BargainActivityView, FlashSaleView, GroupBuyView } from '@/contracts/activities';
import { PAGES } from '@/contracts/pages';
import type { Fen } from '@/domain/money/fen';
import { FilterTabs } from '@/components/admin-ui/filter-tabs';
import { newRequestId } from '@/components/admin-ui/new-request-id';
import { runAction } from '@/components/admin-ui/run-action';
import { TextField } from '@/components/admin-ui/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { showError } from '@/components/show-error';
import { EmptyState, ErrorView, LoadingView } from '@/components/status-view';
import { useRemote } from '@/hooks/use-remote';
import * as admin from '@/services/activity-admin';
import '../admin.scss';

type Tab = 'FLASH' | 'GROUP' | 'BARGAIN' | 'GROUPS' | 'BARGAINS';
const TABS: Array<{ value: Tab; label: string }> = [
  { value: 'FLASH', label: '秒杀' },
  { value: 'GROUP', label: '拼团' },
  { value: 'BARGAIN', label: '砍价' },
  { value: 'GROUPS', label: '团记录' },
  { value: 'BARGAINS', label: '砍价记录' },
];
const PHASE: Record<ActivityPhase, string> = { UPCOMING: '未开始', ON: '进行中', ENDED: '已结束' };

/** Yuan text → 分 (at most two decimals); null when it is not a price. */
const fen = (text: string): number | null => (/^\d{1,8}(\.\d{1,2})?$/.test(text.trim()) ? Math.round(Number(text.trim()) * 100) : null);
const whole = (text: string): number | null => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);
const pad = (n: number) => String(n).padStart(2, '0');
/** 分 → the yuan text the price fields take back (e.g. 1990 → "19.90"). */
const yuan = (f: number) => (f / 100).toFixed(2);
const localText = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
/** "2026-11-23 10:00" in the phone's time zone → ISO; null when unreadable. */
const toIso = (text: string): string | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/**
 * The fields every activity has: SKU, window, and whether its orders pay commission (off unless turned on). `load`
 * fills them from an existing activity to edit it (saved with its id, the same save action); `reset` goes back to
 * creating. The SKU of an existing activity stays as it is: its orders and holds are on that SKU.
 */
function useCommon() {
  const [editId, setEditId] = useState<string | null>(null);
  const [skuId, setSkuId] = useState('');
  const [start, setStart] = useState(localText(new Date()));
  const [end, setEnd] = useState(localText(new Date(Date.now() + 7 * 86_400_000)));
  const [paysCommission, setPaysCommission] = useState(false);
  const load = (a: { id: string; skuId: string; startAt: string; endAt: string; paysCommission: boolean }) => {
    setEditId(a.id);
    setSkuId(a.skuId);
    setStart(localText(new Date(a.startAt)));
    setEnd(localText(new Date(a.endAt)));
    setPaysCommission(a.paysCommission);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
  };
  const reset = () => {
    setEditId(null);
    setSkuId('');
    setStart(localText(new Date()));
    setEnd(localText(new Date(Date.now() + 7 * 86_400_000)));
    setPaysCommission(false);
  };
  const fields = (
    <>
      {editId ? (
        <View className="admin-kv">
          <Text className="admin-kv__key">规格编号</Text>
          <Text id="act-sku-fixed">{skuId}</Text>
        </View>
      ) : (
        <TextField id="act-sku" label="规格编号" value={skuId} onChange={setSkuId} placeholder="如 p01-s1（商品管理中可见）" />
      )}
      <TextField id="act-start" label="开始时间" value={start} onChange={setStart} placeholder="2026-11-23 10:00" />
      <TextField id="act-end" label="结束时间" value={end} onChange={setEnd} placeholder="2026-11-30 10:00" />
      <View className="row-between">
        <Text>活动订单计算分销佣金</Text>
        <Switch id="act-commission" checked={paysCommission} onChange={(e) => setPaysCommission(e.detail.value)} />
      </View>
      <Text className="muted">默认不计佣（与 CRMEB 等一致）；开启后按分销设置的比例以活动实付价计佣。</Text>
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
function FormActions({ kind, idPrefix, editing, onSave, onCancel }: { kind: string; idPrefix: string; editing: boolean; onSave: () => void; onCancel: () => void }) {
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
const savedText = (editing: boolean) => (editing ? '已保存' : '已创建');

function Row({ id, title, phase, children, onEdit, onDelete }: { id: string; title: string; phase: ActivityPhase; children: React.ReactNode; onEdit: () => void; onDelete: () => void }) {
  return (
    <View id={`activity-${id}`} className="card">
      <View className="row-between">
        <Text className="card-title">{title}</Text>
        <Text className="muted">{PHASE[phase]}</Text>
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

function FlashTab() {
  const list = useRemote(admin.listFlashSales, 'flash');
  const common = useCommon();
  const [price, setPrice] = useState('');
  const [stock, setStock] = useState('100');
  const [limit, setLimit] = useState('1');
  const save = () => {
    const c = common.read();
    const priceFen = fen(price);
    const stockTotal = whole(stock);
    if (!c || priceFen === null || stockTotal === null) return showError(new Error('请完整填写规格、时间、价格和库存'));
    void runAction('正在保存…', savedText(common.editing), () => admin.saveFlashSale({ ...c, priceFen, stockTotal, perUserLimit: whole(limit) || null })).then((ok) => ok && done());
  };
  const edit = (v: FlashSaleView) => {
    common.load(v);
    setPrice(yuan(v.priceFen));
    setStock(String(v.stockTotal));
    setLimit(v.perUserLimit === null ? '' : String(v.perUserLimit));
  };
  const done = () => {
    common.reset();
    setPrice('');
    setStock('100');
    setLimit('1');
    list.reload();
  };
  return (
    <View>
      <View className="card">
        <Text className="card-title">{common.editing ? '编辑秒杀' : '新建秒杀'}</Text>
        {common.fields}
        <TextField id="flash-price" label="秒杀价（元）" type="digit" value={price} onChange={setPrice} />
        <TextField id="flash-stock" label="活动库存" type="number" value={stock} onChange={setStock} />
        {common.editing ? <Text className="muted">改总量时，未售库存随之增减；不能少于已售出和待付款的件数。</Text> : null}
        <TextField id="flash-limit" label="每人限购（空=不限）" type="number" value={limit} onChange={setLimit} />
        <FormActions kind="秒杀" idPrefix="flash" editing={common.editing} onSave={save} onCancel={done} />
      </View>
      <Listing remote={list} render={(s: FlashSaleView) => (
        <Row key={s.id} id={s.id} title={`${s.title} ${s.specs}`} phase={s.phase} onEdit={() => edit(s)} onDelete={() => void runAction('正在删除…', '已删除', () => admin.deleteFlashSale(s.id)).then((ok) => ok && list.reload())}>
          <Text className="muted">
            <Price fen={s.priceFen} size="small" /> · 剩余 {s.stockLeft}/{s.stockTotal} · 限购 {s.perUserLimit ?? '不限'} · {s.paysCommission ? '计佣' : '不计佣'}
          </Text>
          <Text className="muted">{formatTime(s.startAt)} – {formatTime(s.endAt)}</Text>
        </Row>
      )} />
    </View>
  );
}

function GroupTab() {
  const list = useRemote(admin.listGroupBuys, 'group');
  const common = useCommon();
  const [price, setPrice] = useState('');
  const [leaderPrice, setLeaderPrice] = useState('');
  const [members, setMembers] = useState('3');
  const [hours, setHours] = useState('24');
  const save = () => {
    const c = common.read();
    const priceFen = fen(price);
    const requiredMembers = whole(members);
    const h = whole(hours);
    const leaderPriceFen = leaderPrice.trim() ? fen(leaderPrice) : null;
    if (!c || priceFen === null || requiredMembers === null || h === null || (leaderPrice.trim() && leaderPriceFen === null)) return showError(new Error('请完整填写拼团信息'));
    void runAction('正在保存…', savedText(common.editing), () => admin.saveGroupBuy({ ...c, priceFen, leaderPriceFen, requiredMembers, hours: h })).then((ok) => ok && done());
  };
  const edit = (v: GroupBuyView) => {
    common.load(v);
    setPrice(yuan(v.priceFen));
    setLeaderPrice(v.leaderPriceFen === null ? '' : yuan(v.leaderPriceFen));
    setMembers(String(v.requiredMembers));
    setHours(String(v.hours));
  };
  const done = () => {
    common.reset();
    setPrice('');
    setLeaderPrice('');
    setMembers('3');
    setHours('24');
    list.reload();
  };
  return (
    <View>
      <View className="card">
        <Text className="card-title">{common.editing ? '编辑拼团' : '新建拼团'}</Text>
        {common.fields}
        <TextField id="group-price" label="拼团价（元）" type="digit" value={price} onChange={setPrice} />
        <TextField id="group-leader-price" label="团长价（元，可空）" type="digit" value={leaderPrice} onChange={setLeaderPrice} />
        <TextField id="group-members" label="成团人数" type="number" value={members} onChange={setMembers} />
        <TextField id="group-hours" label="成团时限（小时）" type="number" value={hours} onChange={setHours} />
        <Text className="muted">团长价是开团的固定优惠，与拉来多少人无关（不按人头奖励）。未成团自动全额退款。</Text>
        {common.editing ? <Text className="muted">修改只影响之后开的团；已开的团保持开团时的人数和时限。</Text> : null}
        <FormActions kind="拼团" idPrefix="group" editing={common.editing} onSave={save} onCancel={done} />
      </View>
      <Listing remote={list} render={(g: GroupBuyView) => (
        <Row key={g.id} id={g.id} title={`${g.title} ${g.specs}`} phase={g.phase} onEdit={() => edit(g)} onDelete={() => void runAction('正在删除…', '已删除', () => admin.deleteGroupBuy(g.id)).then((ok) => ok && list.reload())}>
          <Text className="muted">
            <Price fen={g.priceFen} size="small" /> · {g.requiredMembers} 人 / {g.hours} 小时 · {g.paysCommission ? '计佣' : '不计佣'}
          </Text>
        </Row>
      )} />
    </View>
  );
}

function BargainTab() {
  const list = useRemote(admin.listBargainActivities, 'bargain');
  const common = useCommon();
  const [floor, setFloor] = useState('');
  const [helps, setHelps] = useState('5');
  const [minCut, setMinCut] = useState('1');
  const [maxCut, setMaxCut] = useState('10');
  const [hours, setHours] = useState('24');
  const save = () => {
    const c = common.read();
    const floorFen = fen(floor);
    const minCutFen = fen(minCut);
    const maxCutFen = fen(maxCut);
    const n = whole(helps);
    const h = whole(hours);
    if (!c || floorFen === null || minCutFen === null || maxCutFen === null || n === null || h === null) return showError(new Error('请完整填写砍价信息'));
    void runAction('正在保存…', savedText(common.editing), () => admin.saveBargainActivity({ ...c, floorFen, helps: n, minCutFen, maxCutFen, hours: h })).then((ok) => ok && done());
  };
  const edit = (v: BargainActivityView) => {
    common.load(v);
    setFloor(yuan(v.floorFen));
    setHelps(String(v.helps));
    setMinCut(yuan(v.minCutFen));
    setMaxCut(yuan(v.maxCutFen));
    setHours(String(v.hours));
  };
  const done = () => {
    common.reset();
    setFloor('');
    setHelps('5');
    setMinCut('1');
    setMaxCut('10');
    setHours('24');
    list.reload();
  };
  return (
    <View>
      <View className="card">
        <Text className="card-title">{common.editing ? '编辑砍价' : '新建砍价'}</Text>
        {common.fields}
        <TextField id="bargain-floor" label="底价（元）" type="digit" value={floor} onChange={setFloor} />
        <TextField id="bargain-helps" label="砍到底价需要的帮砍次数" type="number" value={helps} onChange={setHelps} />
        <TextField id="bargain-min" label="每刀最少（元）" type="digit" value={minCut} onChange={setMinCut} />
        <TextField id="bargain-max" label="每刀最多（元）" type="digit" value={maxCut} onChange={setMaxCut} />
        <TextField id="bargain-hours" label="有效期（小时）" type="number" value={hours} onChange={setHours} />
        {common.editing ? <Text className="muted">修改只影响之后发起的砍价；已发起的砍价按发起时的规则进行。</Text> : null}
        <FormActions kind="砍价" idPrefix="bargain" editing={common.editing} onSave={save} onCancel={done} />
      </View>
      <Listing remote={list} render={(b: BargainActivityView) => (
        <Row key={b.id} id={b.id} title={`${b.title} ${b.specs}`} phase={b.phase} onEdit={() => edit(b)} onDelete={() => void runAction('正在删除…', '已删除', () => admin.deleteBargainActivity(b.id)).then((ok) => ok && list.reload())}>
          <Text className="muted">
            底价 <Price fen={b.floorFen} size="small" /> · {b.helps} 刀 · {b.paysCommission ? '计佣' : '不计佣'}
          </Text>
        </Row>
      )} />
    </View>
  );
}

const GROUP_STATUS = { OPEN: '拼团中', FULL: '已满', SUCCEEDED: '成功', EXPIRED: '失败已退款' } as const;
const BARGAIN_STATUS = { OPEN: '砍价中', FLOORED: '已到底价', BOUGHT: '已下单', EXPIRED: '已过期' } as const;

function GroupsTab() {
  const list = useRemote(admin.listGroups, 'groups');
  return (
    <Listing remote={list} render={(g: AdminGroupRow) => (
      <View key={g.id} className="card">
        <View className="row-between">
          <Text>{g.title}</Text>
          <Text className="muted">{GROUP_STATUS[g.status]}</Text>
        </View>
        <Text className="muted">
          团长 {g.leaderNickname} · {g.memberCount}/{g.requiredMembers} 人 · 截止 {formatTime(g.expiresAt)}
        </Text>
      </View>
    )} />
  );
}

function BargainsTab() {
  const list = useRemote(admin.listBargains, 'bargains');
  return (
    <Listing remote={list} render={(b: AdminBargainRow) => (
      <View key={b.id} className="card">
        <View className="row-between">
          <Text>{b.title}</Text>
          <Text className="muted">{BARGAIN_STATUS[b.status]}</Text>
        </View>
        <Text className="muted">
          {b.starterNickname} · 当前 <Price fen={b.currentFen as Fen} size="small" /> · {b.helpsDone}/{b.helpsNeeded} 刀 · 截止 {formatTime(b.expiresAt)}
        </Text>
      </View>
    )} />
  );
}

function Listing<T>({ remote, render }: { remote: { data: T[] | null; error: string | null; reload: () => void }; render: (item: T) => React.ReactNode }) {
  if (remote.data === null) return remote.error !== null ? <ErrorView message={remote.error} onRetry={remote.reload} /> : <LoadingView />;
  if (remote.data.length === 0) return <EmptyState text="暂无记录" />;
  return <View>{remote.data.map(render)}</View>;
}

function ActivitiesContent() {
  const [tab, setTab] = useState<Tab>('FLASH');
  return (
    <View className="admin-page">
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} idPrefix="activity-tab" />
      {tab === 'FLASH' ? <FlashTab /> : tab === 'GROUP' ? <GroupTab /> : tab === 'BARGAIN' ? <BargainTab /> : tab === 'GROUPS' ? <GroupsTab /> : <BargainsTab />}
    </View>
  );
}

export default function AdminActivitiesPage() {
  return <PageShell page={PAGES.adminActivities}>{() => <ActivitiesContent />}</PageShell>;
}
