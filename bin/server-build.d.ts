export const ROOT: string;
export const SERVER_SRC: string;
export const SERVER_DIST: string;
export const SERVER_ENTRY: string;
export const SERVER_STAMP: string;
export const NODE_FLAGS: string[];
export function serverSources(dir?: string): string[];
export function serverSourceHash(): string;
export function serverBuildIsCurrent(): boolean;
