export interface NonceSplit {
  parts: Buffer[];
  deflated: Buffer[];
}
export function newNonce(): string;
export function nonceFromPolicy(policy: unknown): string | null;
export function splitAtNonce(body: Buffer, nonce: string): NonceSplit;
export function joinWithNonce(split: NonceSplit, nonce: string): Buffer;
export function gzipWithNonce(split: NonceSplit, nonce: string): Buffer;
