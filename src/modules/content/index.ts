/** Content: articles and pages, their structured bodies, sections, tags, authors and corrections. */
export * from './content-types.js';
export type { Doc, Block, Inline, Mark, ListItem, ImageAttrs, EmbedAttrs } from './document.js';
export { splitAtCut, withoutCut, countWords, inlineText, emptyDoc } from './document.js';
export { renderBlocksHtml, renderBlocksText, renderDocHtml, renderDocText, renderInline, escapeHtml, safeHref, type RenderOptions, type ResolveImage, type ImageSources } from './render-document.js';
export { htmlToDoc, markdownToDoc } from './import-html.js';
export { parseDoc } from './parse-doc.js';
export { bodyToDoc, type BodyInput } from './body-input.js';
export { slugify, isSlug } from './slugify.js';
export { createPost, uniqueSlug, type ContentDeps, type CreatePostInput } from './create-post.js';
export { createSection, createAuthor, createTag, type TaxonomyDeps } from './create-taxonomy.js';
export { listPublished, getPost, findPostStamp, listRelated, summariesByIds, encodeCursor, decodeCursor, type PostFilter, type Page } from './post-queries.js';
export { listSections, findSectionBySlug, findTagBySlug, listTags, findAuthorBySlug, listAuthors } from './taxonomy-queries.js';
