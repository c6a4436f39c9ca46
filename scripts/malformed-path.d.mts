export function hasMalformedPath(url: string | undefined): boolean;
export const MAX_URL_BYTES: number;
export function urlTooLong(url: string | undefined): boolean;
