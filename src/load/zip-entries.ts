import { inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';

const inflate = promisify(inflateRaw);

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// The end record is 22 bytes, followed by a comment of up to 65,535 bytes.
const END_SEARCH = 22 + 0xffff;
const STORED = 0;
const DEFLATED = 8;
// zlib's default 16 KB output chunks cost three times the CPU of the inflation itself on a
// 28 MB sheet; one chunk of the entry's own size (within bounds) is one allocation.
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 16 * 1024 * 1024;

/**
 * The named entries of a ZIP archive, decompressed by Node's own zlib off the main thread.
 * Only what an .xlsx needs: stored or deflated entries, no ZIP64 (a workbook is capped far
 * below 4 GB). Anything it cannot follow is left out rather than thrown: what it finds is
 * used only for a workbook read-excel-file reads, and that reader reports a damaged one.
 */
export async function readZipEntries(bytes: Buffer, wanted: (name: string) => boolean): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  for (const entry of directory(bytes)) {
    if (!wanted(entry.name)) continue;
    const data = entryData(bytes, entry.offset, entry.size);
    if (!data) continue;
    if (entry.method === STORED) entries.set(entry.name, data);
    else if (entry.method === DEFLATED) {
      const chunkSize = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, entry.inflatedSize));
      pending.push(inflate(data, { chunkSize }).then((inflated) => void entries.set(entry.name, inflated), () => undefined));
    }
  }
  await Promise.all(pending);
  return entries;
}

interface DirectoryEntry {
  name: string;
  method: number;
  /** Compressed size and where the entry's local header starts. */
  size: number;
  offset: number;
  inflatedSize: number;
}

function* directory(bytes: Buffer): Generator<DirectoryEntry> {
  const end = endOfDirectory(bytes);
  if (end < 0) return;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= bytes.length && bytes.readUInt32LE(at) === DIRECTORY_ENTRY; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    yield {
      method: bytes.readUInt16LE(at + 10),
      size: bytes.readUInt32LE(at + 20),
      inflatedSize: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}

function endOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function entryData(bytes: Buffer, offset: number, size: number): Buffer | undefined {
  if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== LOCAL_HEADER) return undefined;
  const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
  return start + size <= bytes.length ? bytes.subarray(start, start + size) : undefined;
}
