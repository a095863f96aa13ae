/** Embeds: a pasted URL becomes a safe card (title, description, site) fetched server-side. */
export { fetchEmbed, type EmbedDeps } from './fetch-embed.js';
export { readPageMeta, type Embed } from './read-page-meta.js';
