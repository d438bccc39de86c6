import type { ExpectedSettle } from '@/contracts/commission';

const pad = (n: number) => String(n).padStart(2, '0');

/** How the earnings list says when an entry's money comes: a date once received, else the rule. */
export function settleText(settle: ExpectedSettle): string {
  switch (settle.kind) {
    case 'ON': {
      const d = new Date(settle.at);
      return `预计 ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} 结算`;
    }
    case 'AFTER_RECEIPT':
      return `确认收货后 ${settle.days} 天结算`;
    case 'DONE':
      return '已结算';
    case 'VOID':
      return '已退款，不再结算';
  }
}
