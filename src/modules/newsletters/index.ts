/** Newsletters: lists, subscriptions with double opt-in, sends delivered exactly once, unsubscribe and suppression. */
export { AUDIENCES, type Audience, type Newsletter, type NewsletterDeps, type ReaderTier, type SendReport, type SendStatus } from './newsletter-types.js';
export { listNewsletters, getNewsletter, createNewsletter, updateNewsletter, parseMailbox, type NewsletterInput } from './newsletter-repository.js';
export { requestSubscription, confirmSubscription, setMemberNewsletters, subscribeDirectly, unsubscribe, subscribedNewsletterIds, ensureSubscriber } from './subscriptions.js';
export { suppress, isSuppressed, parseEmailEvents, importSuppressions, normalizeEmail, type EmailEvent, type SuppressionReason } from './suppression.js';
export { createSend, startSend, cancelSend, sendReport, listSends, assembleDigest, PREPARE_JOB, DELIVER_JOB, type CreateSendInput } from './sends.js';
export { prepareSend } from './prepare-send.js';
export { deliverSend, type DeliverOptions } from './deliver-send.js';
export { renderNewsletterEmail, UNSUBSCRIBE_PLACEHOLDER, MAX_EMAIL_BYTES, type EmailVariant, type RenderedEmail } from './render-newsletter.js';
export { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';
export { verifyOpen, verifyClick } from './tracking.js';
export { registerNewsletterJobs } from './newsletter-jobs.js';
