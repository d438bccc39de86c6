import { useState } from 'react';
import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { showError } from '@/components/show-error';
import { openPage } from '@/hooks/navigation';
import { createPayRequest } from '@/services/activities';

/** 找人代付 on an unpaid order: makes (or finds) the order's pay request and opens it, where the buyer shares it. */
export function FriendPayButton({ orderId }: { orderId: string }) {
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    try {
      const request = await createPayRequest(orderId);
      await openPage(PAGES.friendPay, { payRequestId: request.id });
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button id="friend-pay" size="small" loading={busy} disabled={busy} onClick={() => void go()}>
      找人代付
    </Button>
  );
}
