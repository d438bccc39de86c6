import type { ExportFileView } from '../../../../src/contracts/export-file';
import type { CsvCell } from '../../../../src/domain/export/to-csv';
import type { UserContext } from '../../kernel/context';
import { saveSheetExport } from './save-sheet-export';

/**
 * Writes rows as a CSV file through the platform (local `<dataDir>/exports/`, production cloud storage) and describes
 * it. The file name carries the kind, the Beijing day and the request id, so a retried call overwrites its own file.
 */
export async function saveCsvExport(
  ctx: Pick<UserContext, 'now' | 'requestId' | 'platform' | 'store' | 'openid'>,
  input: { kind: string; header: readonly string[]; rows: ReadonlyArray<readonly CsvCell[]>; capped: boolean },
): Promise<ExportFileView> {
  return saveSheetExport(ctx, { ...input, sheetName: input.kind, format: 'csv' });
}
