/** Tables of the members area: readers, sign-in tokens, sessions, the meter. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MembersTables {}
