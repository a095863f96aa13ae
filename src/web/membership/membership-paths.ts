/** URL paths of the membership pages, in an edition (prefix '' or '/ar'). */
export const membershipPaths = {
  membership: (prefix: string) => `${prefix}/membership`,
  checkout: (prefix: string) => `${prefix}/membership/checkout`,
  portal: (prefix: string) => `${prefix}/membership/portal`,
  cancel: (prefix: string) => `${prefix}/membership/cancel`,
  resume: (prefix: string) => `${prefix}/membership/resume`,
  retention: (prefix: string) => `${prefix}/membership/retention`,
  welcome: (prefix: string) => `${prefix}/membership/welcome`,
  gift: (prefix: string) => `${prefix}/membership/gift`,
  join: (prefix: string) => `${prefix}/membership/join`,
  redeem: (prefix: string) => `${prefix}/gift/redeem`,
};
