import { useRef, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { Me } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';

/** Sign in with email and password, or ask for a one-time link by email. */
export function SignInScreen({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  const signIn = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await api.post('/session', { email, password });
      onSignedIn(await api.get<Me>('/me'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const sendLink = async () => {
    if (!email || !emailRef.current?.checkValidity()) {
      setError(new Error('Enter your email address first, then ask for a link.'));
      emailRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.post('/session/link', { email });
      setNotice(`If ${email} has a newsroom account, a sign-in link is on its way. It works once, for 15 minutes.`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="nr-sign-in" tabIndex={-1}>
      <h1>Sign in to the newsroom</h1>
      <form onSubmit={signIn} class="nr-card nr-stack">
        <label>
          Email
          <input ref={emailRef} type="email" name="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input type="password" name="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        <ProblemMessage error={error} />
        {notice && (
          <p class="nr-alert" role="status">
            {notice}
          </p>
        )}
        <div class="nr-row">
          <button type="submit" class="nr-button nr-button--primary" disabled={busy || !password}>
            Sign in
          </button>
          <button type="button" class="nr-button" disabled={busy} onClick={sendLink}>
            Email me a sign-in link
          </button>
        </div>
      </form>
    </main>
  );
}
