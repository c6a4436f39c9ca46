/** Types for db/data-dir-lock.mjs (plain JavaScript, shared with the database process). */
export function isRunning(pid: number): boolean;
export function lockOwner(dir: string, name?: string): number | null;
export function lockDataDirectory(dir: string, name?: string): () => void;
