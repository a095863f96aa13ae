/** URL paths of the reader's account pages, in an edition (prefix '' or '/ar'). */
export const accountPaths = {
  account: (prefix: string) => `${prefix}/account`,
  signIn: (prefix: string) => `${prefix}/account/sign-in`,
  register: (prefix: string) => `${prefix}/account/register`,
  checkEmail: (prefix: string) => `${prefix}/account/check-email`,
  code: (prefix: string) => `${prefix}/account/code`,
  confirm: (prefix: string) => `${prefix}/account/confirm`,
  name: (prefix: string) => `${prefix}/account/name`,
  email: (prefix: string) => `${prefix}/account/email`,
  signOut: (prefix: string) => `${prefix}/account/sign-out`,
  signOutOthers: (prefix: string) => `${prefix}/account/sign-out-others`,
  data: (prefix: string) => `${prefix}/account/data`,
  delete: (prefix: string) => `${prefix}/account/delete`,
  deleted: (prefix: string) => `${prefix}/account/deleted`,
  /** Built by billing; linked from the plan and the meter. */
  membership: () => '/membership',
};

/** A path with a `next` parameter. */
export const withNext = (path: string, next: string): string => `${path}?next=${encodeURIComponent(next)}`;
