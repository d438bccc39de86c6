import { inflateRawSync } from 'node:zlib';
import { invalidXlsx, tooLargeXlsx, unsupportedXlsx } from '../../../../src/domain/export/xlsx-errors';
import { crc32 } from './crc32';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Unpacked bytes of one entry that is read. */
  maxEntryBytes: number;
  /** Unpacked bytes of all entries read from one archive. */
  maxTotalBytes: number;
  /** Unpacked : packed beyond this is a zip bomb (real workbook XML packs 5–30×), for entries over 64 KB. */
  maxRatio: number;
}

export const ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024, maxRatio: 200 };

const RATIO_FLOOR_BYTES = 64 * 1024;
/** An OLE compound file: an old .xls, or an .xlsx with an open password (Office wraps it encrypted in one). */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface ZipEntry {
  method: number;
  crc: number;
  packed: number;
  size: number;
  localOffset: number;
}

export interface ZipReader {
  names: readonly string[];
  /** The entry's bytes (checked against its size and CRC-32), or null when the archive has no such entry. */
  read(name: string): Buffer | null;
}

/**
 * Opens a ZIP archive from its central directory. Refuses (typed DomainError) what an honest spreadsheet never is
 * or what we will not read: encryption, ZIP64, split archives, methods other than stored / deflate, duplicate names,
 * entries outside the archive, and sizes past `limits` — declared sizes are checked before inflating, and inflating
 * stops at the declared size, so a lying header cannot make us unpack more.
 */
export function readZip(bytes: Buffer, limits: ZipLimits = ZIP_LIMITS): ZipReader {
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) {
    throw bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))
      ? unsupportedXlsx('文件设置了打开密码，请在 Excel / WPS 中取消密码后再导入')
      : unsupportedXlsx('不支持旧版 .xls 文件，请在 Excel / WPS 中另存为 .xlsx 后再导入');
  }
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) throw invalidXlsx('不是 ZIP 压缩包');
  if (eocd >= 20 && bytes.readUInt32LE(eocd - 20) === 0x07064b50) throw unsupportedXlsx('不支持 ZIP64 格式的文件，请在 Excel / WPS 中另存为 .xlsx 后再导入');
  const disk = bytes.readUInt16LE(eocd + 4);
  const dirDisk = bytes.readUInt16LE(eocd + 6);
  const count = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw unsupportedXlsx('不支持 ZIP64 格式的文件，请在 Excel / WPS 中另存为 .xlsx 后再导入');
  if (disk !== 0 || dirDisk !== 0 || bytes.readUInt16LE(eocd + 8) !== count) throw unsupportedXlsx('不支持分卷压缩的文件');
  if (count > limits.maxEntries) throw tooLargeXlsx(`文件包含的部件过多（超过 ${limits.maxEntries} 个），无法导入`);
  if (dirOffset + dirSize > eocd) throw invalidXlsx('压缩包目录超出文件范围');

  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== 0x02014b50) throw invalidXlsx('压缩包目录已损坏');
    const flags = bytes.readUInt16LE(p + 8);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    if (p + 46 + nameLength > eocd) throw invalidXlsx('压缩包目录已损坏');
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    const entry: ZipEntry = { method: bytes.readUInt16LE(p + 10), crc: bytes.readUInt32LE(p + 16), packed: bytes.readUInt32LE(p + 20), size: bytes.readUInt32LE(p + 24), localOffset: bytes.readUInt32LE(p + 42) };
    if (flags & 0x0041) throw unsupportedXlsx('文件已加密，请在 Excel / WPS 中取消密码后再导入');
    if (entry.packed === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) throw unsupportedXlsx('不支持 ZIP64 格式的文件，请在 Excel / WPS 中另存为 .xlsx 后再导入');
    if (entries.has(name)) throw invalidXlsx(`压缩包中有重复的部件 ${name}`);
    entries.set(name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }

  let unpacked = 0;
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      if (entry.method !== 0 && entry.method !== 8) throw unsupportedXlsx(`不支持的压缩方式（${entry.method}），请在 Excel / WPS 中另存为 .xlsx 后再导入`);
      if (entry.size > limits.maxEntryBytes || unpacked + entry.size > limits.maxTotalBytes) throw tooLargeXlsx('表格解压后过大，请删除多余内容或分批导入');
      if (entry.size > RATIO_FLOOR_BYTES && entry.size > Math.max(1, entry.packed) * limits.maxRatio) throw tooLargeXlsx('文件压缩比异常（疑似压缩炸弹），无法导入');
      const local = entry.localOffset;
      if (local + 30 > dirOffset || bytes.readUInt32LE(local) !== 0x04034b50) throw invalidXlsx(`部件 ${name} 的位置不正确`);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      if (start + entry.packed > dirOffset) throw invalidXlsx(`部件 ${name} 超出文件范围`);
      const packed = bytes.subarray(start, start + entry.packed);
      let data: Buffer;
      if (entry.method === 0) data = packed;
      else {
        try {
          // Stops at the declared size: a header that understates it cannot make us unpack a bomb.
          data = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
        } catch (e) {
          if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLargeXlsx(`部件 ${name} 解压后超过声明的大小（疑似压缩炸弹），无法导入`);
          throw invalidXlsx(`部件 ${name} 无法解压`);
        }
      }
      if (data.length !== entry.size || crc32(data) !== entry.crc) throw invalidXlsx(`部件 ${name} 校验失败`);
      unpacked += entry.size;
      return data;
    },
  };
}

/** The end-of-central-directory record: searched backwards over at most the 64 KB a ZIP comment may take. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50 && i + 22 + bytes.readUInt16LE(i + 20) === bytes.length) return i;
  }
  return -1;
}
