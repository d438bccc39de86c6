import { customerAdminApi } from '../../../src/contracts/api/customer-admin';
import { EXPORT_ROW_CAP, type ExportFileView } from '../../../src/contracts/export-file';
import { beijingTimeText } from '../../../src/domain/export/beijing-time-text';
import { fenToYuanText } from '../../../src/domain/export/fen-to-yuan-text';
import { saveCsvExport } from '../../shared/flows/exports/save-csv-export';
import { defineAction } from '../../shared/kernel/handler/define-action';
import { customerSource, type CustomerRecord } from '../customer-source';
import { toCustomerViews } from '../to-customer-views';

const HEADER = ['用户ID', '昵称', '会员等级', '累计消费(元)', '支付订单数', '最近访问', '上级ID', '上级昵称', '绑定门店', '标签', '注册时间'];
const READ_BATCH = 500;

/**
 * The filtered customer list as CSV (read-only). Reads the driving collection in bounded pages; at most
 * EXPORT_ROW_CAP customers are examined, and `capped` says when more existed.
 */
export const exportCustomers = defineAction(customerAdminApi.actions.exportCustomers, async (ctx, input): Promise<ExportFileView> => {
  const source = customerSource(ctx.store, input);
  const records: CustomerRecord[] = [];
  let examined = 0;
  let capped = false;
  for (;;) {
    const limit = Math.min(READ_BATCH, EXPORT_ROW_CAP + 1 - examined);
    const batch = await source.read(examined, limit);
    const usable = examined + batch.length > EXPORT_ROW_CAP ? batch.slice(0, EXPORT_ROW_CAP - examined) : batch;
    for (const r of usable) if (r && source.matches(r)) records.push(r);
    examined += batch.length;
    if (examined > EXPORT_ROW_CAP) {
      capped = true;
      break;
    }
    if (batch.length < limit) break;
  }
  const views = await toCustomerViews(ctx.store, records);
  const rows = views.map((c) => [
    c.userId,
    c.nickname,
    c.level,
    fenToYuanText(c.spendFen),
    c.paidOrderCount,
    beijingTimeText(c.lastSeenAt),
    c.superiorId ?? '',
    c.superiorNickname ?? '',
    c.boundStore ?? '—',
    c.tags.join('、'),
    beijingTimeText(c.createdAt),
  ]);
  return saveCsvExport(ctx, { kind: 'customers', header: HEADER, rows, capped });
});
