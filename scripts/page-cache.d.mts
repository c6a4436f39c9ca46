export const PAGE_TTL_MS: number;
export function parseCookies(header: string | undefined): Map<string, string>;
export function pageLocale(savedLocale: string | undefined, acceptLanguage: string | string[] | undefined): "en" | "ru";
export function pageCacheKey(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): string | null;
