/** Access: the paywall decision (a pure function) and, later, the meter that feeds it. */
export { decideAccess, type Viewer, type MeterState, type ArticleAccessInfo, type AccessDecision } from './decide-access.js';
