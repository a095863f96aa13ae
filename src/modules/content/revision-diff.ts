import type { Block } from './document.js';
import { renderBlocksText } from './render-document.js';
import type { PostSnapshot } from './post-snapshot.js';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ParagraphChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface RevisionDiff {
  fields: FieldChange[];
  body: ParagraphChange[];
}

/** Longest common subsequence of two lists of strings; the table is small (bodies have hundreds of blocks at most). */
function lcsDiff(a: string[], b: string[]): ParagraphChange[] {
  const n = a.length;
  const m = b.length;
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i]! });
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) out.push({ op: 'removed', text: a[i++]! });
    else out.push({ op: 'added', text: b[j++]! });
  }
  while (i < n) out.push({ op: 'removed', text: a[i++]! });
  while (j < m) out.push({ op: 'added', text: b[j++]! });
  return out;
}

/** One line of text per block, so the diff reads paragraph by paragraph. */
const blockTexts = (blocks: Block[]): string[] => blocks.map((block) => (block.type === 'paywall' ? '[paywall cut]' : renderBlocksText([block]).trim()));

const MAX_BLOCKS = 3000;

/**
 * What changed between two versions of an article: each changed field with its old and new value,
 * and the body as a paragraph-by-paragraph diff (unchanged, added, removed).
 *
 * @example diffSnapshots(v3, v5).fields // [{ field: 'title', from: 'Old', to: 'New' }]
 */
export function diffSnapshots(from: PostSnapshot, to: PostSnapshot): RevisionDiff {
  const fields: FieldChange[] = [];
  for (const key of Object.keys({ ...from, ...to }) as (keyof PostSnapshot)[]) {
    if (key === 'body') continue;
    if (JSON.stringify(from[key]) !== JSON.stringify(to[key])) fields.push({ field: key, from: from[key] ?? null, to: to[key] ?? null });
  }
  const a = blockTexts(from.body.content.slice(0, MAX_BLOCKS));
  const b = blockTexts(to.body.content.slice(0, MAX_BLOCKS));
  return { fields, body: lcsDiff(a, b) };
}
