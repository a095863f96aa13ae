import { searchTokens } from './normalize-text.js';

/**
 * A reader's query, reduced to what both search engines understand: words that must all appear
 * (in any order, in any field) and quoted phrases whose words must appear next to each other.
 * Every term is a normalized token, so no user input can ever reach a database as query syntax.
 */
export interface ParsedQuery {
  terms: string[];
  phrases: string[][];
}

/** Straight, curly and angle quotes all open or close a phrase. */
const PHRASE = /["“”„«»]([^"“”„«»]*)["“”„«»]?/g;
/** Enough for any real query; more terms only make the database work harder. */
const MAX_PARTS = 12;

/**
 * Splits a query into required words and "quoted phrases", normalizing both like indexed text.
 *
 * @example parseQuery('water "emergency budget"') // { terms: ['water'], phrases: [['emergency', 'budget']] }
 */
export function parseQuery(input: string): ParsedQuery {
  const phrases: string[][] = [];
  const seenPhrases = new Set<string>();
  const rest = input.replace(PHRASE, (_all, inner: string) => {
    const tokens = searchTokens(inner);
    if (tokens.length > 1 && !seenPhrases.has(tokens.join(' '))) {
      seenPhrases.add(tokens.join(' '));
      phrases.push(tokens);
      return ' ';
    }
    return ` ${inner} `;
  });
  const terms = [...new Set(searchTokens(rest))];
  const keptPhrases = phrases.slice(0, MAX_PARTS);
  return { terms: terms.slice(0, Math.max(0, MAX_PARTS - keptPhrases.length)), phrases: keptPhrases };
}

export const isEmptyQuery = (query: ParsedQuery): boolean => query.terms.length === 0 && query.phrases.length === 0;

/** Every distinct token of the query: what snippets highlight. */
export const queryTokens = (query: ParsedQuery): Set<string> => new Set([...query.terms, ...query.phrases.flat()]);
