import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OfficialAccountView } from '@/contracts/official-account';
import { Chips } from '@/components/ui-kit/chips';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { useRemote } from '@/hooks/use-remote';
import { getOfficialAccount, setOfficialAccount } from '@/services/settings-admin';

function Form({ initial }: { initial: OfficialAccountView }) {
  const [showOnScan, setShow] = useState(initial.showOnScan);
  const [name, setName] = useState(initial.name);
  const [qr, setQr] = useState(initial.qrImageUrl ?? '');
  const save = () => void runAction('正在保存…', '已保存', () => setOfficialAccount({ showOnScan, name: name.trim(), qrImageUrl: qr.trim() || null }));
  return (
    <View id="official-account-settings" className="card">
      <Text className="card-title">关注公众号</Text>
      <Chips id="oa-show" value={showOnScan} onChange={setShow} options={[{ value: true, label: '扫码进入时显示' }, { value: false, label: '不显示' }]} />
      <TextField id="oa-name" label="公众号名称" value={name} onChange={setName} maxlength={30} />
      <TextField id="oa-qr" label="二维码图片地址（H5）" value={qr} onChange={setQr} placeholder="https://… 或上传后的 /files/…" maxlength={500} />
      <Text className="muted">小程序中显示微信的「关注公众号」组件（仅扫码进入的页面、且公众号已与小程序关联时由微信展示）；H5 中显示公众号二维码。</Text>
      <Button id="oa-save" size="small" type="primary" onClick={save}>
        保存
      </Button>
    </View>
  );
}

/** 关注公众号 settings (a section of 店铺设置). */
export function OfficialAccountForm() {
  const settings = useRemote(getOfficialAccount, 'official-account');
  return settings.data ? <Form initial={settings.data} /> : null;
}
