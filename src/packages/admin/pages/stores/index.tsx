import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { AgentView, StoreAdminView, StoreCodeView } from '@/contracts/stores';
import { formatFen } from '@/domain/money/format-fen';
import { regionLabel } from '@/domain/o2o/region';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { parsePercent, percentText } from '@/components/ui-kit/percent';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { useMyRole } from '@/hooks/admin-tab';
import { useRemote } from '@/hooks/use-remote';
import { createStoreCode, getRegionReport, getStaffReport, getStoreReport, listAgents, listStores, removeAgent, saveAgent, saveStore, setStoreStaff } from '@/services/store-admin';
import { StoreForm, toRegion } from './store-form';
import '../admin.scss';
import './index.scss';

function StoreCard({ store, onChanged }: { store: StoreAdminView; onChanged: () => void }) {
  const [userId, setUserId] = useState('');
  const [title, setTitle] = useState('');
  const [code, setCode] = useState<StoreCodeView | null>(null);
  const [editing, setEditing] = useState(false);
  const setStaff = (staff: Array<{ userId: string; title: string }>, distributorId: string | null) =>
    void runAction('正在保存…', '已保存', async () => {
      await setStoreStaff({ storeId: store.id, expectedVersion: store.version, distributorId, staff });
      onChanged();
    });
  const current = store.staff.map((s) => ({ userId: s.userId, title: s.title }));
  const removeClerk = async (s: StoreAdminView['staff'][number]) => {
    if (!(await confirmAction('移除店员', `移除「${s.title} · ${s.nickname}」？其店员码随即失效，扫码不再绑定到TA（已绑定的顾客不变）。`))) return;
    setStaff(current.filter((c) => c.userId !== s.userId), store.distributorId);
  };
  const showCode = (staffUserId?: string) => void createStoreCode(store.id, staffUserId).then(setCode, showError);
  const toggleOpen = () =>
    void runAction('正在保存…', store.open ? '已暂停营业' : '已恢复营业', async () => {
      const { id, distanceM: _d, staff: _s, distributorId: _dist, version, ...fields } = store;
      await saveStore({ ...fields, open: !store.open, storeId: id, expectedVersion: version });
      onChanged();
    });
  if (editing) return <StoreForm editing={store} onSaved={onChanged} onCancel={() => setEditing(false)} />;
  return (
    <View id={`admin-store-${store.id}`} className="card">
      <View className="row-between">
        <Text className="card-title">{store.name}</Text>
        <Text className="admin-status">{store.open ? '营业中' : '暂停营业'}</Text>
      </View>
      <View className="muted">
        {regionLabel(store.region)} {store.address} · {store.hours.open}–{store.hours.close} · 预约 {store.slotTimes.join('/') || '无'} × {store.slotCapacity}
      </View>
      <View className="muted">电话 {store.phone} · 门店分销账号：{store.distributorId ?? '未设置'}</View>
      {store.photos.length > 0 ? (
        <View className="store-form__photos">
          {store.photos.map((url) => (
            <Image key={url} src={url} mode="aspectFill" className="store-form__img" />
          ))}
        </View>
      ) : null}
      {store.staff.map((s) => (
        <View key={s.userId} className="row-between">
          <Text>
            {s.title} · {s.nickname}
          </Text>
          <View className="admin-actions">
            <Button size="small" fill="outline" onClick={() => showCode(s.userId)}>
              店员码
            </Button>
            <Button id={`staff-remove-${s.userId}`} size="small" fill="outline" onClick={() => void removeClerk(s)}>
              移除
            </Button>
          </View>
        </View>
      ))}
      <TextField id={`staff-user-${store.id}`} label="店员用户ID" value={userId} onChange={setUserId} />
      <TextField id={`staff-title-${store.id}`} label="称呼" value={title} onChange={setTitle} placeholder="如：店员 小王" maxlength={20} />
      <View className="muted">店员和门店账号会被设为分销商（免费），扫其码绑定的顾客下单，店员按分销规则得佣金。</View>
      <View className="admin-actions store-admin__actions">
        <Button size="small" type="primary" disabled={!userId.trim() || !title.trim()} onClick={() => setStaff([...current, { userId: userId.trim(), title: title.trim() }], store.distributorId)}>
          添加店员
        </Button>
        <Button size="small" fill="outline" disabled={!userId.trim()} onClick={() => setStaff(current, userId.trim())}>
          设为门店账号
        </Button>
        <Button size="small" fill="outline" disabled={!store.distributorId} onClick={() => showCode()}>
          门店码
        </Button>
        <Button id={`store-edit-open-${store.id}`} size="small" fill="outline" onClick={() => setEditing(true)}>
          编辑门店
        </Button>
        <Button size="small" fill="outline" onClick={toggleOpen}>
          {store.open ? '暂停营业' : '恢复营业'}
        </Button>
      </View>
      {code ? (
        <View className="admin-note">
          <Image src={code.imageUrl} style={{ width: '160px', height: '160px' }} />
          <Text className="muted">扫码绑定到 {code.sharerId}，并预选本门店自提：{code.h5Url || code.sharePath}</Text>
        </View>
      ) : null}
    </View>
  );
}

function Agents() {
  const agents = useRemote(listAgents, 'agents');
  const [f, setF] = useState({ userId: '', province: '', city: '', district: '', rate: '' });
  const set = (key: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [key]: v }));
  const add = () => {
    const rateBps = parsePercent(f.rate);
    if (rateBps === null) return showError(new Error('请填写代理佣金比例（%），最多两位小数'));
    void runAction('正在保存…', '已保存', async () => {
      await saveAgent({ userId: f.userId.trim(), region: toRegion(f.province, f.city, f.district), rateBps });
      agents.reload();
    });
  };
  const revoke = async (a: AgentView) => {
    if (!(await confirmAction('撤销区域代理', `撤销 ${regionLabel(a.region)} 的代理「${a.nickname}」？之后付款的订单不再给TA代理佣金（已产生的佣金不变）。`))) return;
    await runAction('正在撤销…', '已撤销', async () => (await removeAgent(a.id), agents.reload()));
  };
  return (
    <View className="card">
      <Text className="card-title">区域代理</Text>
      <Text className="muted">订单收货地或自提门店在代理区域内时，代理在分销佣金之外按比例获得佣金；合计不超过实付金额，区域不能重叠。</Text>
      {(agents.data ?? []).map((a) => (
        <View key={a.id} className="row-between">
          <Text>
            {regionLabel(a.region)} · {a.nickname} · {percentText(a.rateBps)}%
          </Text>
          <Button id={`agent-remove-${a.id}`} size="small" fill="outline" onClick={() => void revoke(a)}>
            撤销
          </Button>
        </View>
      ))}
      <TextField id="agent-user" label="用户ID" value={f.userId} onChange={set('userId')} />
      <TextField id="agent-province" label="省" value={f.province} onChange={set('province')} />
      <TextField id="agent-city" label="市（选填）" value={f.city} onChange={set('city')} />
      <TextField id="agent-district" label="区县（选填）" value={f.district} onChange={set('district')} />
      <TextField id="agent-rate" label="比例 %" value={f.rate} onChange={set('rate')} type="digit" />
      <View className="admin-actions">
        <Button id="agent-save" size="small" type="primary" disabled={!f.userId.trim() || !f.province.trim()} onClick={add}>
          保存代理
        </Button>
      </View>
    </View>
  );
}

/** 店员业绩 of one store: counter work and shoppers bound, per person. */
function StaffReport({ storeId }: { storeId: string }) {
  const rows = useRemote(() => getStaffReport(storeId), storeId);
  if (rows.error) return <Text className="muted">{rows.error}</Text>;
  if (!rows.data) return <Text className="muted">加载中…</Text>;
  if (rows.data.length === 0) return <Text className="muted">还没有店员和核销记录</Text>;
  return (
    <View id={`staff-report-${storeId}`}>
      {rows.data.map((r) => (
        <Text key={r.userId} className="muted">
          {r.title ?? '非本店店员'} · {r.nickname || r.userId}：核销自提 {r.pickupsVerified} · 预约签到 {r.reservationsCheckedIn} · 核销优惠券 {r.couponsVerified} · 新会员 {r.newMembers}
        </Text>
      ))}
    </View>
  );
}

function Reports() {
  const [staffOf, setStaffOf] = useState<string | null>(null);
  const stores = useRemote(getStoreReport, 'store-report');
  const regions = useRemote(getRegionReport, 'region-report');
  return (
    <View id="store-reports" className="card">
      <Text className="card-title">门店报表</Text>
      {(stores.data ?? []).map((r) => (
        <View key={r.storeId} className="admin-note">
          <View className="row-between">
            <Text>{r.name}</Text>
            <Text id={`staff-report-open-${r.storeId}`} className="store-admin__link" onClick={() => setStaffOf(staffOf === r.storeId ? null : r.storeId)}>
              {staffOf === r.storeId ? '收起' : '店员业绩 ›'}
            </Text>
          </View>
          <Text className="muted">
            销售 {formatFen(r.salesFen)} · 订单 {r.paidOrders} · 待自提 {r.pickupsWaiting} · 已核销 {r.pickupsVerified} · 预约 {r.reservations}（签到 {r.checkedIn}）· 到店用券 {r.couponsVerified} · 新会员 {r.newMembers}
          </Text>
          {staffOf === r.storeId ? <StaffReport storeId={r.storeId} /> : null}
        </View>
      ))}
      <Text className="card-title">区域报表</Text>
      {(regions.data ?? []).map((r) => (
        <View key={r.agentId} className="admin-note">
          <Text>
            {regionLabel(r.region)} · {r.nickname}
          </Text>
          <Text className="muted">
            订单 {r.orders} · 代理佣金 {formatFen(r.commissionFen)}
          </Text>
        </View>
      ))}
    </View>
  );
}

/** 门店与代理: stores, staff and their counter codes, slot settings; agents and reports for those permitted. */
function StoresAdminContent() {
  const role = useMyRole();
  const stores = useRemote(listStores, 'admin-stores');
  const may = (p: 'distribution' | 'finance') => role?.permissions.includes(p) ?? false;
  if (stores.data === null) return <RemoteView remote={stores} />;
  return (
    <View>
      {stores.data.map((s) => (
        <StoreCard key={`${s.id}:${s.version}`} store={s} onChanged={stores.reload} />
      ))}
      <StoreForm editing={null} onSaved={stores.reload} />
      {may('distribution') ? <Agents /> : null}
      {may('finance') ? <Reports /> : null}
    </View>
  );
}

export default function AdminStoresPage() {
  return <PageShell page={PAGES.adminStores}>{() => <StoresAdminContent />}</PageShell>;
}
