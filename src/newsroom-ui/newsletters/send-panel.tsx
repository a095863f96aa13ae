import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { isMoving, newsletterApi, previewUrl, SEND_STATUS_LABELS, type Send } from './newsletter-api.js';

const POLL_MS = 3000;

/**
 * One send, from draft to report: the email as free and paying readers get it, a test copy to
 * any address, then send now, schedule or cancel. While it is scheduled or going out, the report
 * is re-read every few seconds so the numbers move on their own.
 */
export function SendPanel({ initial, newsletterName, onChanged, onClose }: { initial: Send; newsletterName: string; onChanged: (send: Send) => void; onClose: () => void }) {
  const [send, setSend] = useState(initial);
  const [variant, setVariant] = useState<'free' | 'paid'>('free');
  const [testTo, setTestTo] = useState('');
  const [when, setWhen] = useState('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), [initial.id]);
  useEffect(() => setSend(initial), [initial]);
  useEffect(() => {
    if (!isMoving(send)) return;
    const timer = setTimeout(() => {
      newsletterApi.send(send.id).then(update, () => undefined);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [send]);

  function update(next: Send) {
    setSend(next);
    onChanged(next);
  }

  async function act(action: () => Promise<Send | void>, done: string) {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const next = await action();
      if (next) update(next);
      setNotice(done);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const sendTest = (event: Event) => {
    event.preventDefault();
    const email = testTo.trim();
    void act(async () => void (await newsletterApi.test(send.id, email, variant)), `Test copy (${variant === 'paid' ? 'paying reader' : 'free reader'} version) sent to ${email}.`);
  };
  const schedule = (event: Event) => {
    event.preventDefault();
    const at = new Date(when);
    if (!when || Number.isNaN(at.getTime())) return setError(new Error('Choose the date and time to send it.'));
    void act(() => newsletterApi.start(send.id, at.toISOString()), `Scheduled for ${formatTime(at.toISOString())}.`);
  };
  const editable = send.status === 'draft';
  const cancellable = send.status === 'draft' || send.status === 'scheduled';

  return (
    <section class="nr-card nr-stack nr-send" aria-labelledby="nr-send-title">
      <div class="nr-row nr-row--spread">
        <h2 id="nr-send-title" ref={headingRef} tabIndex={-1}>
          {send.subject}
        </h2>
        <button type="button" class="nr-button nr-button--quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p class="nr-meta">
        To {newsletterName} · <span class={`nr-badge nr-badge--${send.status}`}>{SEND_STATUS_LABELS[send.status]}</span>
        {send.scheduledAt && send.status === 'scheduled' ? ` for ${formatTime(send.scheduledAt)}` : ''}
      </p>
      <SendReport send={send} />

      <fieldset class="nr-row">
        <legend>Preview as</legend>
        {(['free', 'paid'] as const).map((v) => (
          <label key={v} class="nr-check">
            <input type="radio" name="nr-preview-variant" value={v} checked={variant === v} onChange={() => setVariant(v)} />
            {v === 'free' ? 'Free reader' : 'Paying reader'}
          </label>
        ))}
      </fieldset>
      <iframe class="nr-preview-frame" src={previewUrl(send.id, variant)} title={`Email preview, ${variant === 'paid' ? 'paying reader' : 'free reader'} version`} loading="lazy" />

      <form class="nr-row" onSubmit={sendTest}>
        <label>
          Send a test to
          <input type="email" required autoComplete="email" value={testTo} onInput={(e) => setTestTo(e.currentTarget.value)} />
        </label>
        <button type="submit" class="nr-button" disabled={busy}>
          Send test
        </button>
      </form>

      {editable && (
        <form class="nr-row" onSubmit={schedule}>
          <label>
            Send at <span class="nr-muted">(your time zone)</span>
            <input type="datetime-local" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
          </label>
          <button type="submit" class="nr-button" disabled={busy}>
            Schedule
          </button>
        </form>
      )}
      <ProblemMessage error={error} />
      <p role="status" class="nr-muted">
        {notice}
      </p>
      <div class="nr-row">
        {editable && (
          <button type="button" class="nr-button nr-button--primary" disabled={busy} onClick={() => act(() => newsletterApi.start(send.id), 'Sending now.')}>
            Send now
          </button>
        )}
        {cancellable && (
          <button
            type="button"
            class="nr-button nr-button--danger"
            disabled={busy}
            onClick={() => confirm('Cancel this send? Nobody will get it.') && act(() => newsletterApi.cancel(send.id), 'Cancelled: nothing was sent.')}
          >
            Cancel send
          </button>
        )}
      </div>
    </section>
  );
}

/** The per-send report: who it went to and what happened. */
export function SendReport({ send }: { send: Send }) {
  if (send.status === 'draft' || send.status === 'cancelled') return null;
  const rows: [string, number | null][] = [
    ['Recipients', send.recipients],
    ['Delivered', send.delivered],
    ['Failed', send.failed],
    ['Still to send', send.pending],
    ['Unsubscribed since', send.unsubscribedSince],
    ['Opens', send.opens],
    ['Clicks', send.clicks],
  ];
  return (
    <dl class="nr-report" aria-label="Report">
      {rows
        .filter(([, value]) => value !== null)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
