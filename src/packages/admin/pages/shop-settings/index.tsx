import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import type { ShopSettingsView } from '@/contracts/settings-admin';
import { runAction } from '@/components/ui-kit/run-action';
import { TextField } from '@/components/ui-kit/text-field';
import { Button } from '@/components/nut/button';
import { PageShell } from '@/components/page-shell';
import { showError } from '@/components/show-error';
import { RemoteView } from '@/components/remote-view';
import { chooseImageBase64 } from '@/services/choose-image-base64';
import { useRemote } from '@/hooks/use-remote';
import { getShopSettings, updateShopSettings, uploadShopLogo } from '@/services/settings-admin';
import { OfficialAccountForm } from './official-account-form';
import '../admin.scss';

const whole = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null);

function ShopForm({ initial }: { initial: ShopSettingsView }) {
  const [shopName, setShopName] = useState(initial.shopName);
  const [payTimeout, setPayTimeout] = useState(String(initial.payTimeoutMinutes));
  const [afterSale, setAfterSale] = useState(String(initial.afterSaleDays));
  const [maxUnpaid, setMaxUnpaid] = useState(String(initial.maxUnpaidOrders));
  const [maxHeld, setMaxHeld] = useState(String(initial.maxHeldUnitsPerSku));
  const [autoReceive, setAutoReceive] = useState(String(initial.autoReceiveDays));
  const [returnAddress, setReturnAddress] = useState(initial.returnAddress);
  const [logoUrl, setLogoUrl] = useState(initial.logoUrl);
  const [servicePhone, setServicePhone] = useState(initial.servicePhone);
  const uploadLogo = async () => {
    try {
      const image = await chooseImageBase64(400);
      if (!image) return;
      await runAction('正在上传…', '已上传，保存后生效', async () => setLogoUrl((await uploadShopLogo(image)).url));
    } catch (err) {
      showError(err);
    }
  };
  const save = () => {
    const [payTimeoutMinutes, afterSaleDays, maxUnpaidOrders, maxHeldUnitsPerSku, autoReceiveDays] = [payTimeout, afterSale, maxUnpaid, maxHeld, autoReceive].map(whole);
    if (payTimeoutMinutes == null || afterSaleDays == null || maxUnpaidOrders == null || maxHeldUnitsPerSku == null || autoReceiveDays == null) return showError(new Error('请填写整数'));
    void runAction('正在保存…', '已保存', () =>
      updateShopSettings({ shopName: shopName.trim(), payTimeoutMinutes, afterSaleDays, maxUnpaidOrders, maxHeldUnitsPerSku, autoReceiveDays, returnAddress: returnAddress.trim(), logoUrl, servicePhone: servicePhone.trim() }),
    );
  };
  return (
    <View>
      <View className="card">
        <TextField id="shop-name" label="店铺名称" value={shopName} onChange={setShopName} maxlength={20} />
        {/* The shop's identity: the home header, pay page, posters and share titles show the name and logo. */}
        <View className="admin-kv">
          <Text className="admin-kv__key">店铺 Logo</Text>
          <View className="row">
            {logoUrl ? <Image id="shop-logo-preview" className="shop-settings__logo" src={logoUrl} mode="aspectFill" /> : <Text className="muted">未设置</Text>}
            <Text id="shop-logo-upload" className="shop-settings__action" onClick={() => void uploadLogo()}>
              {logoUrl ? '更换' : '上传'}
            </Text>
            {logoUrl ? (
              <Text id="shop-logo-clear" className="shop-settings__action" onClick={() => setLogoUrl('')}>
                移除
              </Text>
            ) : null}
          </View>
        </View>
        <TextField id="shop-service-phone" label="客服电话" value={servicePhone} onChange={setServicePhone} placeholder="手机、座机（0571-88888888）或 400 电话" maxlength={20} />
        <TextField id="shop-pay-timeout" label="支付时限（分钟）" type="number" value={payTimeout} onChange={setPayTimeout} />
        <TextField id="shop-after-sale" label="售后期（天）" type="number" value={afterSale} onChange={setAfterSale} />
        <TextField id="shop-auto-receive" label="自动确认收货（发货后天数）" type="number" value={autoReceive} onChange={setAutoReceive} />
        <TextField id="shop-return-address" label="退货地址（收件人、电话、地址）" value={returnAddress} onChange={setReturnAddress} maxlength={150} />
        <TextField id="shop-max-unpaid" label="每人待付款订单上限（笔）" type="number" value={maxUnpaid} onChange={setMaxUnpaid} />
        <TextField id="shop-max-held" label="每人每个规格待付款上限（件）" type="number" value={maxHeld} onChange={setMaxHeld} />
        <Text className="muted">客服电话显示在订单页；H5 中顾客点「客服」即可拨打，小程序中「客服」进入微信客服会话。未付款订单超过支付时限自动取消并退回库存（5–1440 分钟，秒杀订单 5 分钟）；售后期不少于 7 天（七日无理由退货），佣金在售后期结束后才结算；买家未确认收货时，发货后 7–30 天（默认 10 天）自动确认收货，买家可延长一次 3 天；同意退货退款后，买家会看到退货地址。待付款上限防止一个账号下单不付款占住库存（默认 5 笔、每个规格 20 件）。</Text>
      </View>
      <View className="card">
        <Button id="shop-save" type="primary" block disabled={!shopName.trim()} onClick={save}>
          保存
        </Button>
      </View>
    </View>
  );
}

function ShopSettingsContent() {
  const settings = useRemote(getShopSettings, 'shop-settings');
  return (
    <RemoteView remote={settings}>
      {(data) => (
        <View>
          <ShopForm initial={data} />
          <OfficialAccountForm />
        </View>
      )}
    </RemoteView>
  );
}

export default function AdminShopSettingsPage() {
  return <PageShell page={PAGES.adminShopSettings}>{() => <ShopSettingsContent />}</PageShell>;
}
