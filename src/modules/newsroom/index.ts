/** Newsroom: staff accounts, roles and permissions, sign-in, sessions, API keys, audit log, preview links. */
export { STAFF_ROLES, isStaffRole, SYSTEM_ACTOR, staffIdOf, type StaffRole, type Staff, type Actor } from './newsroom-types.js';
export { OPERATIONS, can, requirePermission, type Operation } from './roles.js';
export { createStaff, listStaff, findStaff, disableStaff, setStaffPassword, staffActor, normalizeEmail, type NewsroomDeps, type CreateStaffInput } from './staff-accounts.js';
export { checkPassword, PASSWORD_MIN } from './passwords.js';
export { createStaffSession, resolveStaffSession, endStaffSession, endAllStaffSessions, csrfTokenFor, SESSION_IDLE_MS, type StaffSession } from './staff-sessions.js';
export { verifyStaffPassword, createSignInLink, sendSignInLink, consumeSignInLink, SIGN_IN_LINK_TTL_MS } from './sign-in.js';
export { createApiKey, listApiKeys, revokeApiKey, authenticateApiKey, type ApiKey } from './api-keys.js';
export { recordAudit, listPostAudit, type AuditEntry } from './audit-log.js';
export { createPreviewToken, resolvePreviewToken, PREVIEW_TTL_MS } from './preview-tokens.js';
export { safeEqual } from './secret-tokens.js';
