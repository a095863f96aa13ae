/**
 * Tables of the newsroom area (migration 004): staff and their sign-in, Admin API keys, post
 * revisions, the audit log and preview links. Secrets (session tokens, sign-in tokens, API keys,
 * preview tokens) are stored only as SHA-256 hex digests, so a copy of the database signs no one in.
 */
export interface StaffTable {
  id: string;
  email: string; // lowercased, unique
  name: string;
  role: string; // contributor | author | editor | admin
  password_hash: string | null; // argon2id PHC string; null: signs in by emailed link only
  author_id: string | null; // the author profile this person writes as
  created_at: string;
  disabled_at: string | null;
}

export interface StaffSessionTable {
  id: string; // sha256(token)
  staff_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string;
}

export interface StaffLoginTokenTable {
  id: string; // sha256(token)
  staff_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  key_hash: string; // sha256(key), unique
  prefix: string; // the first characters of the key, shown in lists so people can tell keys apart
  role: string; // the role the key acts with (admin unless created otherwise)
  created_by: string | null; // staff id; null when made by the CLI
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface PostRevisionTable {
  id: string;
  post_id: string;
  version: number;
  snapshot: string; // JSON: the post's editable fields at this version
  staff_id: string | null; // null for API keys and the system (scheduler)
  actor: string; // display form of who saved: "staff:<id>", "key:<id>", "system"
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_kind: string; // staff | key | system
  actor_id: string | null;
  action: string; // e.g. post.create, post.publish, staff.disable
  post_id: string | null;
  details: string; // JSON
  created_at: string;
}

export interface PreviewTokenTable {
  id: string; // sha256(token)
  post_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
}

export interface NewsroomTables {
  staff: StaffTable;
  staff_sessions: StaffSessionTable;
  staff_login_tokens: StaffLoginTokenTable;
  api_keys: ApiKeyTable;
  post_revisions: PostRevisionTable;
  audit_log: AuditLogTable;
  preview_tokens: PreviewTokenTable;
}

/** Migration 004 adds a column to the content area's posts table; declared here so the newsroom owns it. */
declare module './schema.js' {
  interface PostTable {
    /** The staff member who created the post: one way a post is "their own" (its bylines are the other). */
    created_by: string | null;
  }
}
