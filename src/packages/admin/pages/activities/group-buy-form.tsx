import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { GroupBuyView } from '@/contracts/activities';
import { parseYuan } from '@/domain/money/parse-yuan';
import { fenToYuanText } from '@/domain/export/fen-to-yuan-text';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Price } from '@/components/price';
import { showError } from '@/components/show-error';
import { useRemote } from '@/hooks/use-remote';
import * as admin from '@/services/activity-admin';
import { FormActions, Listing, Row, confirmDelete, savedText, useCommon, whole } from './activity-form';

/** 拼团: create / edit form and the list (edit fills the form; delete asks first). */
export function GroupBuyForm() {
  const list = useRemote(admin.listGroupBuys, 'group');
  const common = useCommon();
  const [price, setPrice] = useState('');
  const [leaderPrice, setLeaderPrice] = useState('');
  const [members, setMembers] = useState('3');
  const [hours, setHours] = useState('24');
  const save = () => {
    const c = common.read();
    const priceFen = parseYuan(price);
    const requiredMembers = whole(members);
    const h = whole(hours);
    const leaderPriceFen = leaderPrice.trim() ? parseYuan(leaderPrice) : null;
    if (!c || priceFen === null || requiredMembers === null || h === null || (leaderPrice.trim() && leaderPriceFen === null)) return showError(new Error('请完整填写拼团信息'));
    void runAction('正在保存…', savedText(common.editing), () => admin.saveGroupBuy({ ...c, priceFen, leaderPriceFen, requiredMembers, hours: h })).then((ok) => ok && done());
  };
  const edit = (v: GroupBuyView) => {
    common.load(v);
    setPrice(fenToYuanText(v.priceFen));
    setLeaderPrice(v.leaderPriceFen === null ? '' : fenToYuanText(v.leaderPriceFen));
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
        <Row key={g.id} id={g.id} title={`${g.title} ${g.specs}`} phase={g.phase} onEdit={() => edit(g)} onDelete={() => void confirmDelete('拼团', `${g.title} ${g.specs}`, () => admin.deleteGroupBuy(g.id), list.reload)}>
          <Text className="muted">
            <Price fen={g.priceFen} size="small" /> · {g.requiredMembers} 人 / {g.hours} 小时 · {g.paysCommission ? '计佣' : '不计佣'}
          </Text>
        </Row>
      )} />
    </View>
  );
}
