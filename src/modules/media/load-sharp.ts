import type { default as Sharp } from 'sharp';

let loading: Promise<typeof Sharp> | undefined;

/**
 * sharp, loaded at the first image this process handles rather than at start: libvips costs about
 * 28 MB of memory, and a web process that never receives an upload (most requests are readers')
 * should not pay it.
 */
export const loadSharp = (): Promise<typeof Sharp> => (loading ??= import('sharp').then((module) => module.default));
