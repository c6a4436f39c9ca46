export function originMatchesHost(origin: string, host: string | null | undefined): boolean;
