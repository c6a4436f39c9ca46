export function hasMalformedPath(url: string | undefined): boolean;
