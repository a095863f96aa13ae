import { api, query } from '../api-client.js';

// The Admin API answers with the newsletters module's own shapes (docs/newsletters.md); type-only, so nothing of the server is bundled.
import type { Newsletter, SendReport, SendStatus } from '../../modules/newsletters/index.js';

export type { Newsletter, SendStatus };
export type Send = SendReport;

export const SEND_STATUS_LABELS: Record<SendStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  preparing: 'Preparing',
  sending: 'Sending',
  sent: 'Sent',
  cancelled: 'Cancelled',
};

export const AUDIENCE_LABELS: Record<string, string> = { anyone: 'Anyone', members: 'Members', paid: 'Paying members' };

/** Sends still moving on the server: the screen re-reads them every few seconds. */
export const isMoving = (send: Send): boolean => send.status === 'preparing' || send.status === 'sending' || send.status === 'scheduled';

/** The few calls the Newsletters screen makes, each one an Admin API request under `newsletters.send`. */
export const newsletterApi = {
  list: () => api.get<{ newsletters: Newsletter[] }>('/newsletters').then((r) => r.newsletters),
  sends: (limit = 20) => api.get<{ sends: Send[] }>(`/sends${query({ limit })}`).then((r) => r.sends),
  send: (id: string) => api.get<{ send: Send }>(`/sends/${id}`).then((r) => r.send),
  createDraft: (input: { newsletter: string; post: string; subject?: string; intro?: string }) => api.post<{ send: Send }>('/sends', { ...input, draft: true }).then((r) => r.send),
  digest: (newsletterId: string) => api.post<{ send: Send | null }>(`/newsletters/${newsletterId}/digest`, {}).then((r) => r.send),
  start: (id: string, scheduledAt?: string) => api.post<{ send: Send }>(`/sends/${id}/start`, scheduledAt ? { scheduledAt } : {}).then((r) => r.send),
  cancel: (id: string) => api.post<{ send: Send }>(`/sends/${id}/cancel`).then((r) => r.send),
  test: (id: string, email: string, variant: 'free' | 'paid') => api.post<{ sentTo: string }>(`/sends/${id}/test`, { email, variant }),
};

/** The address of a send's rendered email, for the preview frame (same origin, sandboxed by its own CSP). */
export const previewUrl = (id: string, variant: 'free' | 'paid'): string => `/api/admin/sends/${id}/preview${query({ variant })}`;
