import type { default as Sharp } from 'sharp';
import { lazy } from '../../kernel/lazy.js';

/**
 * sharp, loaded at the first image this process handles rather than at start: libvips costs about
 * 28 MB of memory, and a web process that never receives an upload (most requests are readers')
 * should not pay it.
 */
export const loadSharp: () => Promise<typeof Sharp> = lazy(() => import('sharp').then((module) => module.default));
