/** Types for scripts/unavailable-page.mjs (plain JavaScript, run by the production server). */
export const RETRY_AFTER_SECONDS: number;
export function unavailablePage(locale: string, path: string, nonce?: string | null): string;
