import { constants, inflateRaw, inflateRawSync } from 'node:zlib';
import { promisify } from 'node:util';

const inflate = promisify(inflateRaw);

const STORED = 0;
// With headOnly: this many compressed bytes of the entry, several KB of XML once inflated.
const HEAD_BYTES = 2048;
const DEFLATED = 8;
// zlib's default 16 KB output chunks cost three times the CPU of the inflation itself on a
// 28 MB sheet; one chunk of the entry's own size (within bounds) is one allocation.
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 16 * 1024 * 1024;

/**
 * The named entries of a ZIP archive held in memory (with `headOnly`, only the first
 * few KB of those it picks). yauzl reads the archive's
 * directory and headers; each entry's compressed bytes are a slice of `bytes`,
 * inflated by Node's own zlib off the main thread (yauzl's read streams would
 * inflate in 16 KB chunks, each an event on the main thread). An entry that cannot
 * be read is left out rather than thrown: what is found here is used only beside
 * read-excel-file, which reports a damaged workbook itself.
 */
export async function readZipEntries(bytes: Buffer, wanted: (name: string) => boolean, { headOnly = () => false }: { headOnly?: (name: string) => boolean } = {}): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  // Loaded on first use, as read-excel-file is: decks without workbooks never load it.
  const { fromBufferPromise } = await import('yauzl');
  const zip = await fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: false }).catch(() => undefined);
  if (!zip) return entries;
  const pending: Promise<void>[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      if (!wanted(entry.fileName) || entry.isEncrypted()) continue;
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      const data = bytes.subarray(fileDataStart, fileDataStart + entry.compressedSize);
      if (entry.compressionMethod === STORED) entries.set(entry.fileName, headOnly(entry.fileName) ? data.subarray(0, HEAD_BYTES) : data);
      else if (entry.compressionMethod === DEFLATED && headOnly(entry.fileName)) {
        const head = inflateHead(data);
        if (head) entries.set(entry.fileName, head);
      } else if (entry.compressionMethod === DEFLATED) {
        const chunkSize = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, entry.uncompressedSize));
        pending.push(inflate(data, { chunkSize }).then((inflated) => void entries.set(entry.fileName, inflated), () => undefined));
      }
    }
  } catch {
    // A damaged directory: keep what was read.
  } finally {
    if (zip.isOpen) zip.close();
  }
  await Promise.all(pending);
  return entries;
}

/** The start of a deflated entry: a partial stream, flushed as far as it goes; undefined when it is not deflate data. */
function inflateHead(data: Buffer): Buffer | undefined {
  try {
    return inflateRawSync(data.subarray(0, HEAD_BYTES), { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return undefined;
  }
}
