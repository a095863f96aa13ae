import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A full HTML document from a page component. */
export const renderHtml = (page: VNode): string => `<!doctype html>${renderToString(page)}`;
