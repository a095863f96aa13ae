/**
 * A value made on first use and shared after: `const loadSharp = lazy(() => import('sharp'))`.
 * For the large packages a web process may never need (sharp, mjml, Stripe, nodemailer): each is
 * loaded by the first caller, and callers arriving while it loads wait for the same promise.
 */
export function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
