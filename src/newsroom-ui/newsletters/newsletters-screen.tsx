import { useEffect, useState } from 'preact/hooks';
import { query } from '../api-client.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { navigate, useRoute } from '../router.js';
import { AUDIENCE_LABELS, isMoving, newsletterApi, SEND_STATUS_LABELS, type Newsletter, type Send } from './newsletter-api.js';
import { NewSendForm } from './new-send-form.js';
import { SendPanel } from './send-panel.js';
import './newsletters.css';

const POLL_MS = 4000;

/**
 * Newsletters (editors and admins): each newsletter with its audience and subscribers, today's
 * briefing in one click, an article sent as a reviewed draft, and the recent sends with their
 * numbers. The open send lives in the address (`?send=…`), so reload and back keep it.
 */
export function NewslettersScreen() {
  const route = useRoute();
  const openId = route.params.get('send');
  const [newsletters, setNewsletters] = useState<Newsletter[]>([]);
  const [sends, setSends] = useState<Send[] | null>(null);
  const [open, setOpen] = useState<Send | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);

  const loadSends = () => newsletterApi.sends().then(setSends, setError);
  useEffect(() => {
    document.title = 'Newsletters · Newsroom';
    newsletterApi.list().then(setNewsletters, setError);
    void loadSends();
  }, []);

  useEffect(() => {
    if (!openId) return setOpen(null);
    if (open?.id === openId) return;
    newsletterApi.send(openId).then(setOpen, setError);
  }, [openId]);

  // Keep the list's numbers moving while something is going out.
  useEffect(() => {
    if (!sends?.some(isMoving)) return;
    const timer = setTimeout(() => void loadSends(), POLL_MS);
    return () => clearTimeout(timer);
  }, [sends]);

  const nameOf = (id: string) => newsletters.find((n) => n.id === id)?.name ?? 'a newsletter';
  const show = (send: Send) => {
    setOpen(send);
    navigate(`/newsletters${query({ send: send.id })}`);
  };
  const changed = (send: Send) => setSends((list) => (list?.some((s) => s.id === send.id) ? list.map((s) => (s.id === send.id ? send : s)) : [send, ...(list ?? [])]));
  const created = (send: Send) => {
    changed(send);
    show(send);
  };
  const digest = async (newsletter: Newsletter) => {
    setError(null);
    setNotice('');
    try {
      const send = await newsletterApi.digest(newsletter.id);
      if (send) created(send);
      else setNotice(`No stories were published today for ${newsletter.name}.`);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="nr-stack">
      <h1>Newsletters</h1>
      <ProblemMessage error={error} />
      <p role="status" class="nr-muted">
        {notice}
      </p>
      {open && <SendPanel initial={open} newsletterName={nameOf(open.newsletterId)} onChanged={changed} onClose={() => navigate('/newsletters')} />}

      <section class="nr-stack" aria-labelledby="nr-newsletters-title">
        <h2 id="nr-newsletters-title">Newsletters</h2>
        {newsletters.length === 0 ? (
          <p class="nr-muted">No newsletters yet. An admin creates them through the Admin API (see the newsletters guide).</p>
        ) : (
          <ul class="nr-newsletter-list">
            {newsletters.map((n) => (
              <li key={n.id} class="nr-card">
                <div class="nr-stack">
                  <strong>{n.name}</strong>
                  <span class="nr-meta">
                    {AUDIENCE_LABELS[n.audience] ?? n.audience} · {n.subscribers} {n.subscribers === 1 ? 'subscriber' : 'subscribers'}
                  </span>
                </div>
                <button type="button" class="nr-button" onClick={() => digest(n)}>
                  Assemble today’s briefing<span class="nr-visually-hidden"> for {n.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {newsletters.length > 0 && <NewSendForm newsletters={newsletters} onCreated={created} />}

      <section class="nr-stack" aria-labelledby="nr-sends-title">
        <h2 id="nr-sends-title">Recent sends</h2>
        {sends === null ? (
          <p class="nr-muted">Loading…</p>
        ) : sends.length === 0 ? (
          <p class="nr-muted">Nothing sent yet.</p>
        ) : (
          <table class="nr-table">
            <caption class="nr-visually-hidden">Recent sends, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">Newsletter</th>
                <th scope="col">Status</th>
                <th scope="col">Recipients</th>
                <th scope="col">Delivered</th>
                <th scope="col">Failed</th>
                <th scope="col">Unsubscribed since</th>
              </tr>
            </thead>
            <tbody>
              {sends.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a
                      href={`/newsroom/newsletters${query({ send: s.id })}`}
                      onClick={(event) => {
                        event.preventDefault();
                        show(s);
                      }}
                    >
                      {s.subject}
                    </a>
                  </td>
                  <td>{nameOf(s.newsletterId)}</td>
                  <td>
                    <span class={`nr-badge nr-badge--${s.status}`}>{SEND_STATUS_LABELS[s.status]}</span>
                    {s.status === 'scheduled' && s.scheduledAt ? <span class="nr-meta"> {formatTime(s.scheduledAt)}</span> : null}
                  </td>
                  <td>{s.recipients}</td>
                  <td>{s.delivered}</td>
                  <td>{s.failed}</td>
                  <td>{s.unsubscribedSince}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

