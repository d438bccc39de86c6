import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { BargainActivityView } from '@/contracts/activities';
import { parseYuan } from '@/domain/money/parse-yuan';
import { fenToYuanText } from '@/domain/export/fen-to-yuan-text';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Price } from '@/components/price';
import { showError } from '@/components/show-error';
import { useRemote } from '@/hooks/use-remote';
import * as admin from '@/services/activity-admin';
import { FormActions, Listing, Row, confirmDelete, savedText, useCommon, whole } from './activity-form';

/** 砍价: create / edit form and the list (edit fills the form; delete asks first). */
export function BargainForm() {
  const list = useRemote(admin.listBargainActivities, 'bargain');
  const common = useCommon();
  const [floor, setFloor] = useState('');
  const [helps, setHelps] = useState('5');
  const [minCut, setMinCut] = useState('1');
  const [maxCut, setMaxCut] = useState('10');
  const [hours, setHours] = useState('24');
  const save = () => {
    const c = common.read();
    const floorFen = parseYuan(floor);
    const minCutFen = parseYuan(minCut);
    const maxCutFen = parseYuan(maxCut);
    const n = whole(helps);
    const h = whole(hours);
    if (!c || floorFen === null || minCutFen === null || maxCutFen === null || n === null || h === null) return showError(new Error('请完整填写砍价信息'));
    void runAction('正在保存…', savedText(common.editing), () => admin.saveBargainActivity({ ...c, floorFen, helps: n, minCutFen, maxCutFen, hours: h })).then((ok) => ok && done());
  };
  const edit = (v: BargainActivityView) => {
    common.load(v);
    setFloor(fenToYuanText(v.floorFen));
    setHelps(String(v.helps));
    setMinCut(fenToYuanText(v.minCutFen));
    setMaxCut(fenToYuanText(v.maxCutFen));
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
        <Row key={b.id} id={b.id} title={`${b.title} ${b.specs}`} phase={b.phase} onEdit={() => edit(b)} onDelete={() => void confirmDelete('砍价', `${b.title} ${b.specs}`, () => admin.deleteBargainActivity(b.id), list.reload)}>
          <Text className="muted">
            底价 <Price fen={b.floorFen} size="small" /> · {b.helps} 刀 · {b.paysCommission ? '计佣' : '不计佣'}
          </Text>
        </Row>
      )} />
    </View>
  );
}
