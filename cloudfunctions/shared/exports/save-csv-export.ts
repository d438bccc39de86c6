import { EXPORT_ROW_CAP, type ExportFileView } from '../../../src/contracts/export-file';
import { toCsv, type CsvCell } from '../../../src/domain/export/to-csv';
import { shanghaiDay } from '../../../src/domain/withdrawal/shanghai-day';
import type { FunctionContext } from '../context';

/**
 * Writes rows as a CSV file through the platform (local `<dataDir>/exports/`, production cloud storage) and describes
 * it. The file name carries the kind, the Beijing day and the request id, so a retried call overwrites its own file.
 */
export async function saveCsvExport(
  ctx: Pick<FunctionContext, 'now' | 'requestId' | 'platform'>,
  input: { kind: string; header: readonly string[]; rows: ReadonlyArray<readonly CsvCell[]>; capped: boolean },
): Promise<ExportFileView> {
  const safeRequest = ctx.requestId.replace(/[^0-9A-Za-z_-]/g, '').slice(0, 40) || 'export';
  const fileName = `${input.kind}-${shanghaiDay(ctx.now).replace(/-/g, '')}-${safeRequest}.csv`;
  const url = await ctx.platform.saveExport({ key: fileName, bytes: Buffer.from(toCsv(input.header, input.rows), 'utf8') });
  return { url, fileName, rowCount: input.rows.length, capped: input.capped, cap: EXPORT_ROW_CAP };
}
