import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FlashSaleView } from '@/contracts/activities';
import { parseYuan } from '@/domain/money/parse-yuan';
import { fenToYuanText } from '@/domain/export/fen-to-yuan-text';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { formatTime } from '@/components/format-time';
import { Price } from '@/components/price';
import { showError } from '@/components/show-error';
import { useRemote } from '@/hooks/use-remote';
import * as admin from '@/services/activity-admin';
import { FormActions, Listing, Row, confirmDelete, savedText, useCommon, whole } from './activity-form';

/** 秒杀: create / edit form and the list (edit fills the form; delete asks first). */
export function FlashSaleForm() {
  const list = useRemote(admin.listFlashSales, 'flash');
  const common = useCommon();
  const [price, setPrice] = useState('');
  const [stock, setStock] = useState('100');
  const [limit, setLimit] = useState('1');
  const save = () => {
    const c = common.read();
    const priceFen = parseYuan(price);
    const stockTotal = whole(stock);
    if (!c || priceFen === null || stockTotal === null) return showError(new Error('请完整填写规格、时间、价格和库存'));
    void runAction('正在保存…', savedText(common.editing), () => admin.saveFlashSale({ ...c, priceFen, stockTotal, perUserLimit: whole(limit) || null })).then((ok) => ok && done());
  };
  const edit = (v: FlashSaleView) => {
    common.load(v);
    setPrice(fenToYuanText(v.priceFen));
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
        <Row key={s.id} id={s.id} title={`${s.title} ${s.specs}`} phase={s.phase} onEdit={() => edit(s)} onDelete={() => void confirmDelete('秒杀', `${s.title} ${s.specs}`, () => admin.deleteFlashSale(s.id), list.reload)}>
          {/* Each on its own line: side by side the two read as one (「不计佣2026-12-07」). */}
          <View className="muted">
            <Price fen={s.priceFen} size="small" /> · 剩余 {s.stockLeft}/{s.stockTotal} · 限购 {s.perUserLimit ?? '不限'} · {s.paysCommission ? '计佣' : '不计佣'}
          </View>
          <View id={`flash-window-${s.id}`} className="muted">
            {formatTime(s.startAt)} – {formatTime(s.endAt)}
          </View>
        </Row>
      )} />
    </View>
  );
}
