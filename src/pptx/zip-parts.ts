/**
 * Writes the package's parts as a zip: fflate's container, Node's own zlib for
 * the deflate and the CRC (native; fflate's JavaScript deflate and CRC took four
 * times as long on a 212-slide deck). A part is handed to fflate as a ZipInputFile
 * with its size and CRC known, the documented way to bring one's own compressor.
 */
import { Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import * as zlib from 'node:zlib';

/** PNG, JPEG and GIF are compressed already: deflating them again costs time and saves nothing. */
const STORED = /\.(png|jpe?g|gif)$/i;

/** zlib.crc32 arrived in Node 20.15; before it, fflate compresses and checksums the part itself. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function zipParts(parts: Iterable<[string, Uint8Array]>, mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of parts) {
    const stored = STORED.test(name);
    if (!nativeCrc32) {
      const part = new ZipDeflate(name, { level: stored ? 0 : 6 });
      part.mtime = mtime;
      zip.add(part);
      part.push(data, true);
      continue;
    }
    const part: ZipInputFile = { filename: name, size: data.length, crc: nativeCrc32(data) >>> 0, compression: stored ? 0 : 8, mtime };
    zip.add(part);
    part.ondata!(null, stored ? data : zlib.deflateRawSync(data, { level: 6 }), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}
