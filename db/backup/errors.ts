/** A backup or restore that was refused or failed for a reason the operator can act on. */
export class BackupError extends Error {}
