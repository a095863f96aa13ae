/** Safe outbound HTTP: server-side requests to addresses people supply (embeds, webhooks) that cannot reach private networks. */
export { safeRequest, checkOutboundUrl, assertPublicUrl, type SafeRequestOptions, type SafeResponse } from './safe-request.js';
export { isPublicAddress } from './public-address.js';
