/**
 * Fresh CSP nonces for pages served from the page cache (server/http/page-store.ts). A cached page
 * was rendered with one nonce, in its Content-Security-Policy header and on its <script> tags;
 * replaying it would hand every reader the same nonce, and a nonce an attacker can read once
 * is no protection. So a stored page is kept split at the nonce, and each hit joins it
 * around a new one.
 *
 * The gzipped copy is stitched rather than recompressed on every hit: each piece between two
 * nonces is deflated once, on its own, ending on a byte boundary (a sync flush) with no
 * reference to what came before, and the nonce goes between them as a 24-byte stored
 * (uncompressed) block. Only the CRC-32 is computed per hit. The cost is the compression
 * lost at each cut (docs/security.md gives the figures).
 */
import { randomBytes } from "node:crypto";
import { constants, crc32, deflateRawSync } from "node:zlib";

const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/_-]+={0,2})'/;
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final block (fixed Huffman, end-of-block only): ends the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

export interface NonceSplit {
  /** The body's pieces between the nonces. */
  parts: Buffer[];
  /** Each piece deflated on its own, ending on a byte boundary. */
  deflated: Buffer[];
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The nonce in a Content-Security-Policy value, or null. */
export function nonceFromPolicy(policy: unknown): string | null {
  const match = NONCE_IN_POLICY.exec(String(policy ?? ""));
  return match ? match[1]! : null;
}

/** The body cut at every occurrence of the nonce, each piece also deflated on its own. */
export function splitAtNonce(body: Buffer, nonce: string): NonceSplit {
  const parts: Buffer[] = [];
  const needle = Buffer.from(nonce);
  let from = 0;
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  // One buffer for all the pieces (zlib hands back each in a 16 KB block however small it is,
  // which would make a stored page several times the size the page cache counts).
  const pieces = parts.map((part) => deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH }));
  const joined = Buffer.concat(pieces);
  let offset = 0;
  const deflated = pieces.map((piece) => joined.subarray(offset, (offset += piece.length)));
  return { parts, deflated };
}

/** The page's body with `nonce` where the old one was. */
export function joinWithNonce(split: NonceSplit, nonce: string): Buffer {
  const needle = Buffer.from(nonce);
  const pieces: Buffer[] = [];
  split.parts.forEach((part, index) => {
    if (index > 0) pieces.push(needle);
    pieces.push(part);
  });
  return Buffer.concat(pieces);
}

/** The same body as a gzip stream, from the pre-deflated pieces and a stored block per nonce. */
export function gzipWithNonce(split: NonceSplit, nonce: string): Buffer {
  const needle = Buffer.from(nonce);
  if (needle.length > 0xffff) throw new Error("nonce too long for a stored block");
  const stored = Buffer.concat([Buffer.from([0x00, needle.length & 0xff, needle.length >> 8, ~needle.length & 0xff, (~needle.length >> 8) & 0xff]), needle]);
  const pieces: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  split.parts.forEach((part, index) => {
    if (index > 0) {
      pieces.push(stored);
      crc = crc32(needle, crc);
      size += needle.length;
    }
    pieces.push(split.deflated[index]!);
    crc = crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  pieces.push(FINAL_BLOCK, trailer);
  return Buffer.concat(pieces);
}
