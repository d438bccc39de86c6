import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AfterSaleView } from '@/contracts/orders';
import { CarrierFields } from '@/components/carrier-form';
import { useBusy } from '@/hooks/use-busy';
import { newCarrierForm, toCarrierPayload, type CarrierFormState } from '@/components/carrier-form/carrier-form';
import { Button } from '@/components/nut/button';
import { showError, showInfo } from '@/components/show-error';
import { submitReturnShipment } from '@/services/orders';

/** 退货: the shopper names the carrier and tracking number of the parcel they sent back to the return address. */
export function ReturnForm({ request, onDone }: { request: AfterSaleView; onDone: (next: AfterSaleView) => void }) {
  const [form, setForm] = useState<CarrierFormState>(newCarrierForm);
  const [sending, runSending] = useBusy();
  const built = toCarrierPayload(form);
  const send = async () => {
    if ('problem' in built) return showError(new Error(built.problem));
    await runSending(async () => {
      onDone(await submitReturnShipment({ afterSaleId: request.id, ...built.payload }));
      showInfo('已提交退货物流');
    });
  };
  return (
    <View className="card">
      <Text className="card-title">填写退货物流</Text>
      <CarrierFields idPrefix="return" form={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
      <View className="after-sale__actions">
        <Button id="return-submit" type="primary" block loading={sending} onClick={() => void send()}>
          提交退货物流
        </Button>
      </View>
    </View>
  );
}
