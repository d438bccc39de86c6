import Taro from '@tarojs/taro';
import { IMPORT_XLSX_MAX_BASE64_CHARS } from '../contracts/catalog-csv';

/** A picked catalogue file: CSV as text (it goes into the paste box), .xlsx as base64 (sent as is). */
export type CatalogFile = { kind: 'csv'; text: string } | { kind: 'xlsx'; name: string; base64: string };

/** Bytes of .xlsx the call can carry once base64-encoded (4 characters per 3 bytes). */
const MAX_XLSX_BYTES = Math.floor((IMPORT_XLSX_MAX_BASE64_CHARS * 3) / 4);

function kindOf(name: string): 'csv' | 'xlsx' {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.xls')) throw new Error('不支持旧版 .xls 文件，请在 Excel / WPS 中另存为 .xlsx');
  throw new Error('请选择 .csv 或 .xlsx 文件');
}

function assertSize(size: number) {
  if (size > MAX_XLSX_BYTES) throw new Error(`Excel 文件过大（最大约 ${Math.floor(MAX_XLSX_BYTES / 1024)} KB），请删除图片等内容或分批导入`);
}

/** H5: a hidden <input type="file">; never settles if the user cancels (nothing waits on it but this click). */
function pickInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.onchange = () => resolve(input.files?.[0] ?? null);
    input.click();
  });
}

function base64OfBrowserFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('文件读取失败'));
    reader.readAsDataURL(file);
  });
}

async function chooseInBrowser(): Promise<CatalogFile | null> {
  const file = await pickInBrowser();
  if (!file) return null;
  if (kindOf(file.name) === 'csv') return { kind: 'csv', text: await file.text() };
  assertSize(file.size);
  return { kind: 'xlsx', name: file.name, base64: await base64OfBrowserFile(file) };
}

/** Mini program: a file from a WeChat chat (the only place a phone keeps files), read by the file system manager. */
async function chooseInWeapp(): Promise<CatalogFile | null> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult;
  try {
    picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'xlsx'] });
  } catch {
    return null;
  }
  const file = picked.tempFiles[0];
  if (!file) return null;
  const kind = kindOf(file.name);
  if (kind === 'xlsx') assertSize(file.size);
  const data = await new Promise<string>((resolve, reject) =>
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: kind === 'xlsx' ? 'base64' : 'utf8',
      success: (res) => resolve(String(res.data)),
      fail: () => reject(new Error('文件读取失败')),
    }),
  );
  return kind === 'xlsx' ? { kind, name: file.name, base64: data } : { kind, text: data };
}

/** Lets staff pick a .csv or .xlsx catalogue; null if they cancelled. Throws a Chinese Error for a wrong file. */
export function chooseCatalogFile(): Promise<CatalogFile | null> {
  return process.env.TARO_ENV === 'weapp' ? chooseInWeapp() : chooseInBrowser();
}
