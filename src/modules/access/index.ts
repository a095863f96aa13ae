/** Access: the paywall decision (a pure function) and the meter that feeds it. */
export { decideAccess, type Viewer, type MeterState, type ArticleAccessInfo, type AccessDecision } from './decide-access.js';
export { readMeter, recordMeterRead, type MeterDeps, type MeterReading } from './article-meter.js';
export { monthOf, nextMonthStart, type AnonymousMeter } from './meter-cookie.js';
export { countMemberReads, listMemberReads, deleteMemberReads } from './meter-reads.js';
