import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, setCsrfToken, whenSignedOut } from './api-client.js';
import type { Me } from './api-types.js';
import { href, navigate, useRoute } from './router.js';
import { SessionContext, sessionFor } from './session.js';
import { ArticlesScreen } from './screens/articles-screen.js';
import { MediaScreen } from './screens/media-screen.js';
import { SignInScreen } from './screens/sign-in-screen.js';
import { StaffScreen } from './screens/staff-screen.js';
import { KeysScreen } from './screens/keys-screen.js';

/** The editor (Tiptap and ProseMirror) is most of the code: it loads only when an article is opened. */
function LazyEditor({ id }: { id: string }) {
  const [Screen, setScreen] = useState<ComponentType<{ id: string }> | null>(null);
  useEffect(() => {
    void import('./screens/article-editor-screen.js').then((m) => setScreen(() => m.ArticleEditorScreen));
  }, []);
  return Screen ? <Screen id={id} /> : <p role="status">Opening the editor…</p>;
}

/** Newsletters are for editors only: their screen loads on first visit, not with the app. */
function LazyNewsletters() {
  const [Screen, setScreen] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./newsletters/newsletters-screen.js').then((m) => setScreen(() => m.NewslettersScreen));
  }, []);
  return Screen ? <Screen /> : <p role="status">Opening newsletters…</p>;
}

/** Members are for admins only: their screen loads on first visit, not with the app. */
function LazyMembers() {
  const [Screen, setScreen] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./members/members-screen.js').then((m) => setScreen(() => m.MembersScreen));
  }, []);
  return Screen ? <Screen /> : <p role="status">Opening members…</p>;
}

const NAV = [
  { path: '/', label: 'Articles', op: 'post.read' },
  { path: '/media', label: 'Media', op: 'media.upload' },
  { path: '/newsletters', label: 'Newsletters', op: 'newsletters.send' },
  { path: '/members', label: 'Members', op: 'members.manage' },
  { path: '/staff', label: 'Staff', op: 'staff.manage' },
  { path: '/keys', label: 'API keys', op: 'keys.manage' },
];

/** The newsroom app: who is signed in, the navigation, and one screen per address. */
export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    whenSignedOut(() => setMe(null));
    api.get<Me>('/me').then(
      (found) => {
        if (!found.staff) return setMe(null);
        setCsrfToken(found.csrfToken);
        setMe(found);
      },
      () => setMe(null),
    );
  }, []);

  // After navigating, move focus to the new screen so keyboard and screen-reader users start there.
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [route.path]);

  if (me === undefined) return <p role="status" class="nr-loading">Loading the newsroom…</p>;
  if (me === null) {
    return (
      <SignInScreen
        onSignedIn={(signedIn) => {
          setCsrfToken(signedIn.csrfToken);
          setMe(signedIn);
        }}
      />
    );
  }

  const signOut = async () => {
    await api.delete('/session').catch(() => undefined);
    setMe(null);
    navigate('/', { replace: true });
  };
  const session = sessionFor(me, signOut);
  const articleMatch = /^\/articles\/([0-9a-z]{26})$/.exec(route.path);
  let screen;
  if (articleMatch) screen = <LazyEditor key={articleMatch[1]} id={articleMatch[1]!} />;
  else if (route.path === '/media') screen = <MediaScreen />;
  else if (route.path === '/newsletters' && session.can('newsletters.send')) screen = <LazyNewsletters />;
  else if (route.path === '/members' && session.can('members.manage')) screen = <LazyMembers />;
  else if (route.path === '/staff' && session.can('staff.manage')) screen = <StaffScreen />;
  else if (route.path === '/keys' && session.can('keys.manage')) screen = <KeysScreen />;
  else if (route.path === '/') screen = <ArticlesScreen />;
  else screen = (
    <>
      <h1>Not found</h1>
      <p>
        There is nothing at this address in the newsroom. <a href={href('/')}>Go to the articles</a>.
      </p>
    </>
  );

  return (
    <SessionContext.Provider value={session}>
      <a class="nr-skip" href="#main">
        Skip to content
      </a>
      <header class="nr-header">
        <a class="nr-brand" href={href('/')}>
          Newsroom
        </a>
        <nav aria-label="Newsroom">
          <ul>
            {NAV.filter((item) => session.can(item.op)).map((item) => (
              <li key={item.path}>
                <a href={href(item.path)} aria-current={route.path === item.path || (item.path === '/' && route.path.startsWith('/articles')) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="nr-whoami">
          <span>
            {me.staff.name} <span class="nr-muted">({me.staff.role})</span>
          </span>
          <a href="/" class="nr-button nr-button--quiet">
            Reader site
          </a>
          <button type="button" class="nr-button nr-button--quiet" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} class="nr-main">
        {screen}
      </main>
    </SessionContext.Provider>
  );
}
