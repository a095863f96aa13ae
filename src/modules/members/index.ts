/** Members: reader accounts, emailed sign-in links and codes, sessions, data export and erasure. */
export type { MembersDeps, MemberProfile, Entitlement, LoginPurpose, SignInOutcome } from './member-types.js';
export { SIGN_IN_LIMITS } from './member-types.js';
export { loadSiteKeys, type SiteKeys } from './site-keys.js';
export { normalizeEmail } from './email-address.js';
export { findMemberById, activeEntitlements, updateMemberName } from './member-repository.js';
export { requestSignIn, requestEmailChange, inspectSignInLink, confirmSignInLink, confirmSignInCode, pendingSignIn, type LinkStatus, type Requester, type SignInRequestInput } from './magic-link-service.js';
export { memberForSession, endSession, endOtherSessions, countActiveSessions, type SignedInMember } from './member-sessions.js';
export { exportMemberData, eraseMember, type MemberDataExport } from './member-data.js';
export { readerTiers } from './reader-tiers.js';
