import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from './api-types.js';

export interface Session {
  me: Me;
  /** May the signed-in person do `operation`? With `own`, for their own articles. */
  can: (operation: string, options?: { own?: boolean }) => boolean;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export function sessionFor(me: Me, signOut: () => Promise<void>): Session {
  return {
    me,
    signOut,
    can: (operation, options = {}) => {
      const grant = me.permissions[operation];
      return grant === true || (grant === 'own' && options.own !== false);
    },
  };
}
