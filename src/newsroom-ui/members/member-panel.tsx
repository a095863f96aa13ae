import { useEffect, useRef, useState } from 'preact/hooks';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { membersApi, STATUS_LABELS, type MemberDetail, type TierOption } from './members-api.js';

const SOURCE_LABELS: Record<string, string> = { subscription: 'Subscription', gift: 'Gift', comp: 'Comp', group: 'Group licence', offer: 'Offer' };

/** A history row in words: its kind made readable, and the tier it names if any. */
function describe(kind: string, details: Record<string, unknown>): string {
  const words = kind.replace(/[.-]/g, ' ');
  const sentence = words.charAt(0).toUpperCase() + words.slice(1);
  const tier = typeof details.tier === 'string' ? details.tier : typeof details.tierSlug === 'string' ? details.tierSlug : '';
  return tier ? `${sentence} (${tier})` : sentence;
}

/**
 * One member: profile, what they hold now, every entitlement, history, and the comp form
 * (grant or change a complimentary plan with an optional end date, or revoke it).
 */
export function MemberPanel({ id, tiers, onChanged, onClose }: { id: string; tiers: TierOption[]; onChanged: () => void; onClose: () => void }) {
  const [member, setMember] = useState<MemberDetail | null>(null);
  const [tier, setTier] = useState('');
  const [until, setUntil] = useState('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const load = () =>
    membersApi.get(id).then((found) => {
      setMember(found);
      setTier(found.comp?.tier ?? tiers.find((t) => t.active)?.slug ?? tiers[0]?.slug ?? '');
      setUntil(found.comp?.until?.slice(0, 10) ?? '');
    }, setError);
  useEffect(() => {
    setMember(null);
    void load().then(() => headingRef.current?.focus());
  }, [id]);
  useEffect(() => {
    if (!tier && tiers[0]) setTier(tiers.find((t) => t.active)?.slug ?? tiers[0].slug);
  }, [tiers]);

  const saveComp = async (comp: { tier: string; until: string | null } | null) => {
    setError(null);
    setNotice('');
    setBusy(true);
    try {
      await membersApi.setComp(id, comp);
      await load();
      onChanged();
      setNotice(comp ? 'Comp access saved.' : 'Comp access revoked.');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void saveComp({ tier, until: until || null });
  };

  if (!member) return error ? <ProblemMessage error={error} /> : <p role="status" class="nr-muted">Opening the member…</p>;
  return (
    <section class="nr-card nr-stack nr-member" aria-labelledby="nr-member-title">
      <div class="nr-row nr-row--spread">
        <h2 id="nr-member-title" ref={headingRef} tabIndex={-1}>
          {member.name || member.email}
        </h2>
        <button type="button" class="nr-button nr-button--quiet" onClick={onClose}>
          Close<span class="nr-visually-hidden"> member</span>
        </button>
      </div>
      <dl class="nr-member-facts">
        <div><dt>Email</dt><dd>{member.email}{member.emailVerifiedAt ? '' : ' (unconfirmed)'}</dd></div>
        <div><dt>Status</dt><dd>{STATUS_LABELS[member.status]}</dd></div>
        <div><dt>Joined</dt><dd>{formatTime(member.createdAt)}</dd></div>
        <div><dt>Reads this month</dt><dd>{member.readsThisMonth}</dd></div>
        <div><dt>Plans now</dt><dd>{member.plans.length ? member.plans.map((p) => `${p.tierName} (${SOURCE_LABELS[p.source] ?? p.source}${p.endsAt ? `, until ${formatTime(p.endsAt)}` : ''})`).join('; ') : 'None (free)'}</dd></div>
        {member.groups.length > 0 && <div><dt>Groups</dt><dd>{member.groups.map((g) => g.name).join(', ')}</dd></div>}
      </dl>

      <h3>Entitlements</h3>
      {member.entitlements.length === 0 ? (
        <p class="nr-muted">No paid access, ever.</p>
      ) : (
        <ul class="nr-member-list">
          {member.entitlements.map((e, i) => (
            <li key={i}>
              {e.tierName} · {SOURCE_LABELS[e.source] ?? e.source} · from {formatTime(e.startsAt)}
              {e.endsAt ? ` to ${formatTime(e.endsAt)}` : ''}
            </li>
          ))}
        </ul>
      )}

      <h3>History</h3>
      {member.history.length === 0 ? (
        <p class="nr-muted">Nothing has happened to this membership yet.</p>
      ) : (
        <ol class="nr-member-list" aria-label="History, newest first">
          {member.history.map((event) => (
            <li key={event.id}>
              <time dateTime={event.createdAt} class="nr-meta">{formatTime(event.createdAt)}</time> {describe(event.kind, event.details)}
            </li>
          ))}
        </ol>
      )}

      <form class="nr-stack" onSubmit={submit} aria-labelledby="nr-comp-title">
        <h3 id="nr-comp-title">Comp access</h3>
        <ProblemMessage error={error} />
        <div class="nr-row">
          <label>
            Plan
            <select value={tier} onChange={(e) => setTier((e.target as HTMLSelectElement).value)} required>
              {tiers.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}{t.active ? '' : ' (inactive)'}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Until <span class="nr-muted">(optional)</span></span>
            <input type="date" value={until} onInput={(e) => setUntil((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" class="nr-button nr-button--primary" disabled={busy || !tier}>
            {member.comp ? 'Update comp' : 'Give comp access'}
          </button>
          {member.comp && (
            <button type="button" class="nr-button nr-button--danger" disabled={busy} onClick={() => void saveComp(null)}>
              Revoke comp
            </button>
          )}
        </div>
        <p role="status" class="nr-muted">{notice}</p>
      </form>
    </section>
  );
}
