import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The one stylesheet, read once, served from memory under a content-hashed URL so browsers and CDNs may keep it forever. */
function loadStylesheet() {
  const body = readFileSync(fileURLToPath(new URL('./styles/site.css', import.meta.url)), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, hash, url: `/assets/site.${hash}.css` };
}

export const stylesheet = loadStylesheet();

/** A small SVG mark for the tab: the outlet's initials. */
export const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#7a2e1d"/><text x="32" y="43" font-family="Georgia,serif" font-size="30" font-weight="700" fill="#fff" text-anchor="middle">LL</text></svg>`;
