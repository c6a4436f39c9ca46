export function isCrossSiteForm(request: { method?: string; url?: string; headers?: Record<string, string | string[] | undefined> }): boolean;
