import { PAGES } from '@/contracts/pages';
import { Button } from '@/components/nut/button';
import { openPage } from '@/hooks/navigation';
import { useBusy } from '@/hooks/use-busy';
import { createPayRequest } from '@/services/activities';

/** 找人代付 on an unpaid order: makes (or finds) the order's pay request and opens it, where the buyer shares it. */
export function FriendPayButton({ orderId }: { orderId: string }) {
  const [busy, runBusy] = useBusy();
  const go = async () => {
    await runBusy(async () => {
      const request = await createPayRequest(orderId);
      await openPage(PAGES.friendPay, { payRequestId: request.id });
    });
  };
  return (
    <Button id="friend-pay" size="small" loading={busy} disabled={busy} onClick={() => void go()}>
      找人代付
    </Button>
  );
}
