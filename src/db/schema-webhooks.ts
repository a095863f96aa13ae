/**
 * Tables of the webhooks area (migration 005): outgoing webhooks and their delivery log. A
 * webhook's secret is kept in clear because every delivery is signed with it (HMAC-SHA256).
 */
export interface WebhookTable {
  id: string;
  name: string;
  target_url: string;
  events: string; // JSON array: post.published | post.updated | post.unpublished | post.deleted
  secret: string;
  active: number; // 0 | 1
  created_at: string;
  updated_at: string;
  last_delivery_at: string | null;
  last_status: string | null; // delivered | retrying | failed
  last_response_code: number | null;
}

export interface WebhookDeliveryTable {
  id: string;
  webhook_id: string;
  event: string;
  post_id: string | null;
  payload: string; // JSON: the exact body sent
  status: string; // pending | delivered | retrying | failed
  attempts: number;
  response_code: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhooksTables {
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
}
