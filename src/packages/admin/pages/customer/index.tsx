import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { CUSTOMER_NOTE_LENGTH_MAX, CUSTOMER_TAG_MAX, type CustomerDetailView } from '@/contracts/customer-admin';
import { PAGES } from '@/contracts/pages';
import { newRequestId } from '@/services/request-id';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { Price } from '@/components/price';
import { EmptyState } from '@/components/status-view';
import { RemoteView } from '@/components/remote-view';
import { useRemote } from '@/hooks/use-remote';
import { addCustomerNote, getCustomer, setCustomerTags } from '@/services/customer-admin';
import '../admin.scss';

function Tags({ c, onDone }: { c: CustomerDetailView; onDone: () => void }) {
  const [draft, setDraft] = useState('');
  const save = (tags: string[]) =>
    void runAction('正在保存…', '已保存', () => setCustomerTags({ userId: c.userId, tags, expectedVersion: c.version })).then((ok) => {
      if (ok) {
        setDraft('');
        onDone();
      }
    });
  return (
    <View className="card">
      <Text className="card-title">标签</Text>
      {c.tags.length ? (
        <View className="admin-actions">
          {c.tags.map((t) => (
            <Button key={t} size="small" fill="outline" onClick={() => save(c.tags.filter((x) => x !== t))}>
              {t} ✕
            </Button>
          ))}
        </View>
      ) : (
        <Text className="muted">还没有标签</Text>
      )}
      {c.tags.length < CUSTOMER_TAG_MAX ? (
        <View>
          <TextField id="customer-new-tag" label="新标签" value={draft} onChange={setDraft} placeholder="最多 10 个字" maxlength={10} />
          <View className="admin-actions">
            <Button id="customer-add-tag" size="small" type="primary" disabled={!draft.trim()} onClick={() => save([...c.tags, draft.trim()])}>
              添加标签
            </Button>
          </View>
        </View>
      ) : null}
    </View>
  );
}

function Notes({ c, onDone }: { c: CustomerDetailView; onDone: () => void }) {
  const [text, setText] = useState('');
  const [requestId, setRequestId] = useState(() => newRequestId('note'));
  const add = () =>
    void runAction('正在保存…', '已添加备注', () => addCustomerNote({ requestId, userId: c.userId, text: text.trim() })).then((ok) => {
      if (ok) {
        setText('');
        setRequestId(newRequestId('note'));
        onDone();
      }
    });
  return (
    <View className="card">
      <Text className="card-title">备注</Text>
      <Textarea id="customer-note" className="admin-field__input" value={text} maxlength={CUSTOMER_NOTE_LENGTH_MAX} placeholder="仅店员可见" onInput={(e) => setText(e.detail.value)} />
      <View className="admin-actions">
        <Button id="customer-add-note" size="small" type="primary" disabled={!text.trim()} onClick={add}>
          添加备注
        </Button>
      </View>
      {c.notes.length ? (
        c.notes.map((n) => (
          <View key={n.id} className="admin-kv">
            <Text>{n.text}</Text>
            <Text className="muted">
              {n.byNickname} · {formatTime(n.at)}
            </Text>
          </View>
        ))
      ) : (
        <Text className="muted">暂无备注</Text>
      )}
    </View>
  );
}

function CustomerContent({ userId }: { userId: string }) {
  const [round, setRound] = useState(0);
  const detail = useRemote<CustomerDetailView>(() => getCustomer(userId), `${userId}-${round}`);
  if (detail.data === null) return <RemoteView remote={detail} />;
  const c = detail.data;
  const reload = () => setRound((r) => r + 1);
  return (
    <View>
      <View className="card">
        <View className="row-between admin-card__head">
          <Text className="admin-card__title">{c.nickname}</Text>
          <Text className="admin-status">{c.level}</Text>
        </View>
        <View className="admin-kv">
          <Text className="admin-kv__key">累计消费</Text>
          <Price fen={c.spendFen} size="small" />
        </View>
        <Text className="admin-note">支付订单：{c.paidOrderCount} 单</Text>
        <Text className="admin-note">最近访问：{c.lastSeenAt ? formatTime(c.lastSeenAt) : '—'}</Text>
        <Text className="admin-note">上级：{c.superiorNickname ?? c.superiorId ?? '—'}</Text>
        <Text className="admin-note">绑定门店：{c.boundStore ?? '—'}</Text>
        <Text className="muted">注册于 {formatTime(c.createdAt)}</Text>
      </View>
      <Tags c={c} onDone={reload} />
      <Notes c={c} onDone={reload} />
    </View>
  );
}

export default function AdminCustomerPage() {
  return (
    <PageShell page={PAGES.adminCustomer}>
      {(params) => (params.userId ? <CustomerContent userId={params.userId} /> : <EmptyState text="缺少顾客编号" />)}
    </PageShell>
  );
}
