import { EXPORT_ROW_CAP, type ExportFileView, type ExportFormat } from '../../../../src/contracts/export-file';
import { fenToYuanText } from '../../../../src/domain/export/fen-to-yuan-text';
import { toCsv, type CsvCell } from '../../../../src/domain/export/to-csv';
import type { SheetCell } from '../../../../src/domain/export/xlsx-package-parts';
import { shanghaiDay } from '../../../../src/domain/shared/shanghai-day';
import { writeAudit } from '../auth/write-audit';
import type { UserContext } from '../../kernel/context';
import { writeXlsx } from '../../kernel/files/xlsx-file';

/**
 * Writes rows as a CSV or .xlsx file through the platform (local `<dataDir>/exports/`, production cloud storage)
 * and describes it. The file name carries the kind, the Beijing day and the request id, so a retried call
 * overwrites its own file. Amounts (MoneyCell) become yuan text in CSV and 0.00-formatted numbers in .xlsx.
 * Audited: an export copies shop data (customers' phones, payout accounts) out of the shop, so who took what is kept.
 */
export async function saveSheetExport(
  ctx: Pick<UserContext, 'now' | 'requestId' | 'platform' | 'store' | 'openid'>,
  input: { kind: string; sheetName: string; header: readonly string[]; rows: ReadonlyArray<readonly SheetCell[]>; capped: boolean; format: ExportFormat },
): Promise<ExportFileView> {
  const safeRequest = ctx.requestId.replace(/[^0-9A-Za-z_-]/g, '').slice(0, 40) || 'export';
  const fileName = `${input.kind}-${shanghaiDay(ctx.now).replace(/-/g, '')}-${safeRequest}.${input.format}`;
  const bytes =
    input.format === 'xlsx'
      ? writeXlsx(input.sheetName, input.header, input.rows)
      : Buffer.from(toCsv(input.header, input.rows.map((r) => r.map(csvValue))), 'utf8');
  const url = await ctx.platform.saveExport({ key: fileName, bytes });
  await writeAudit(ctx.store, ctx, { actorId: ctx.openid, action: 'export', target: fileName, before: null, after: { kind: input.kind, rowCount: input.rows.length, capped: input.capped } });
  return { url, fileName, rowCount: input.rows.length, capped: input.capped, cap: EXPORT_ROW_CAP };
}

const csvValue = (cell: SheetCell): CsvCell => (cell !== null && typeof cell === 'object' ? fenToYuanText(cell.fen) : cell);
