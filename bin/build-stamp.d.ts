export function filesUnder(dir: string, keep?: (path: string, isDirectory: boolean) => boolean): string[];
export function hashFiles(root: string, files: string[], extra?: string[]): string;
export function stampMatches(stampPath: string, hash: string): boolean;
export function writeStamp(stampPath: string, hash: string): void;
