import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { PERMISSIONS, PERMISSION_LABELS, type InviteView, type Permission, type StaffMemberView } from '@/contracts/staff';
import { confirmAction } from '@/components/ui-kit/confirm-action';
import { newRequestId } from '@/services/request-id';
import { PagedListView } from '@/components/ui-kit/paged-list-view';
import { runAction } from '@/components/ui-kit/run-action';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { usePagedList } from '@/hooks/use-paged-list';
import { createInvite, listInvites, listStaff, setStaffPermissions } from '@/services/staff';
import '../admin.scss';

function PermissionChips({ value, onToggle, idPrefix }: { value: Permission[]; onToggle: (p: Permission) => void; idPrefix: string }) {
  return (
    <View className="policy__chips">
      {PERMISSIONS.map((p) => (
        <View key={p} id={`${idPrefix}-${p}`} className={`policy__chip${value.includes(p) ? ' policy__chip--on' : ''}`} onClick={() => onToggle(p)}>
          {PERMISSION_LABELS[p]}
        </View>
      ))}
    </View>
  );
}

const toggle = (list: Permission[], p: Permission) => (list.includes(p) ? list.filter((x) => x !== p) : [...list, p]);

function InviteForm({ onCreated }: { onCreated: () => void }) {
  const [permissions, setPermissions] = useState<Permission[]>(['orders']);
  const [created, setCreated] = useState<InviteView | null>(null);
  const create = async () => {
    const ok = await runAction('正在生成…', '邀请码已生成', async () => setCreated(await createInvite({ requestId: newRequestId('iv'), permissions })));
    if (ok) onCreated();
  };
  return (
    <View className="card">
      <Text className="card-title">邀请店员</Text>
      <Text className="admin-note">选择权限后生成一次性邀请码（7 天内有效）。对方在「我的 → 店员入口」输入即可成为店员。</Text>
      <PermissionChips idPrefix="invite-perm" value={permissions} onToggle={(p) => setPermissions(toggle(permissions, p))} />
      {created ? (
        <View className="admin-card__foot">
          <Text id="invite-code-created" className="admin-card__title" selectable>
            {created.code}
          </Text>
          <Button size="small" fill="outline" onClick={() => void Taro.setClipboardData({ data: created.code })}>
            复制
          </Button>
        </View>
      ) : null}
      <View className="admin-actions">
        <Button id="invite-create" type="primary" size="small" disabled={permissions.length === 0} onClick={() => void create()}>
          生成邀请码
        </Button>
      </View>
    </View>
  );
}

function StaffRow({ member, onChanged }: { member: StaffMemberView; onChanged: () => void }) {
  const [permissions, setPermissions] = useState<Permission[]>(member.permissions);
  const save = async () => {
    const warning = permissions.length === 0 ? '将移除其店员身份。' : `权限改为：${permissions.map((p) => PERMISSION_LABELS[p]).join('、')}。`;
    if (!(await confirmAction('修改权限', `${member.nickname}：${warning}`))) return;
    if (await runAction('正在保存…', '已保存', () => setStaffPermissions(member.userId, permissions))) onChanged();
  };
  return (
    <View className="card">
      <View className="row-between admin-card__head">
        <Text className="admin-card__title">{member.nickname}</Text>
        <Text className="admin-status">{member.role === 'owner' ? '店主' : '店员'}</Text>
      </View>
      {member.role === 'owner' ? (
        <Text className="muted">拥有全部权限</Text>
      ) : (
        <View>
          <PermissionChips idPrefix={`perm-${member.userId}`} value={permissions} onToggle={(p) => setPermissions(toggle(permissions, p))} />
          <View className="admin-actions">
            <Button size="small" type="primary" onClick={() => void save()}>
              {permissions.length === 0 ? '移除店员' : '保存权限'}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}

function StaffContent() {
  const [round, setRound] = useState(0);
  const staff = usePagedList((cursor) => listStaff({ cursor, limit: 20 }), `staff-${round}`);
  const invites = usePagedList((cursor) => listInvites({ cursor, limit: 10 }), `invites-${round}`);
  const reload = () => setRound((r) => r + 1);
  return (
    <View>
      <InviteForm onCreated={reload} />
      <View className="card">
        <Text className="card-title">店员</Text>
      </View>
      <PagedListView list={staff} empty="还没有店员">
        {(m) => <StaffRow key={`${m.userId}-${m.permissions.join(',')}`} member={m} onChanged={reload} />}
      </PagedListView>
      <View className="card">
        <Text className="card-title">邀请码</Text>
      </View>
      <PagedListView list={invites} empty="还没有邀请码">
        {(i) => (
          <View key={i.code} className="card">
            <View className="admin-kv">
              <Text className="admin-card__title">{i.code}</Text>
              <Text className="admin-status">{i.redeemedBy ? '已使用' : `有效至 ${formatTime(i.expiresAt)}`}</Text>
            </View>
            <Text className="muted">{i.permissions.map((p) => PERMISSION_LABELS[p]).join('、')}</Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}

export default function AdminStaffPage() {
  return <PageShell page={PAGES.adminStaff}>{() => <StaffContent />}</PageShell>;
}
