import { useEffect, useState } from 'preact/hooks';
import { query } from '../api-client.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { navigate, useRoute } from '../router.js';
import { CsvPanel } from './csv-panel.js';
import { MemberPanel } from './member-panel.js';
import { FILTER_LABELS, formatMoney, membersApi, STATUS_LABELS, type Member, type MemberFilter, type Revenue, type TierOption } from './members-api.js';
import './members.css';

/**
 * Members (admins only): revenue at a glance, the members list with its filters and search, one
 * member's detail with history and comp access, and CSV import and export. The open member
 * lives in the address (`?member=…`), so reload and back keep it.
 */
export function MembersScreen() {
  const route = useRoute();
  const openId = route.params.get('member');
  const [revenue, setRevenue] = useState<Revenue | null>(null);
  const [tiers, setTiers] = useState<TierOption[]>([]);
  const [filter, setFilter] = useState<MemberFilter>('');
  const [search, setSearch] = useState('');
  const [members, setMembers] = useState<Member[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = (cursor?: string | null) =>
    membersApi.list(filter, search, cursor).then((page) => {
      setMembers((list) => (cursor ? [...(list ?? []), ...page.members] : page.members));
      setNext(page.meta.nextCursor);
    }, setError);
  const refresh = () => {
    void load();
    membersApi.revenue().then(setRevenue, setError);
  };

  useEffect(() => {
    document.title = 'Members · Newsroom';
    membersApi.revenue().then(setRevenue, setError);
    membersApi.tiers().then(setTiers, setError);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => void load(), search ? 250 : 0);
    return () => clearTimeout(timer);
  }, [filter, search]);

  const show = (id: string) => navigate(`/members${query({ member: id })}`);

  return (
    <div class="nr-stack">
      <h1>Members</h1>
      <ProblemMessage error={error} />

      <section aria-labelledby="nr-revenue-title" class="nr-stack">
        <h2 id="nr-revenue-title" class="nr-visually-hidden">Revenue</h2>
        {revenue ? (
          <dl class="nr-revenue">
            <div><dt>Monthly recurring revenue</dt><dd>{formatMoney(revenue.mrrCents, revenue.currency)}</dd></div>
            <div><dt>Active paid members</dt><dd>{revenue.activePaidMembers}</dd></div>
            <div><dt>Churn this month</dt><dd>{revenue.churnThisMonth}</dd></div>
            {revenue.trialing > 0 && <div><dt>In trial</dt><dd>{revenue.trialing}</dd></div>}
          </dl>
        ) : (
          <p class="nr-muted">Loading revenue…</p>
        )}
      </section>

      {openId && <MemberPanel id={openId} tiers={tiers} onChanged={refresh} onClose={() => navigate('/members')} />}

      <section class="nr-stack" aria-labelledby="nr-members-title">
        <h2 id="nr-members-title">Members list</h2>
        <form class="nr-row" role="search" onSubmit={(e) => e.preventDefault()}>
          <label>
            Show
            <select value={filter} onChange={(e) => setFilter((e.target as HTMLSelectElement).value as MemberFilter)}>
              {(Object.keys(FILTER_LABELS) as MemberFilter[]).map((f) => (
                <option key={f} value={f}>
                  {FILTER_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <label class="nr-members-search">
            Search by email or name
            <input type="search" value={search} onInput={(e) => setSearch((e.target as HTMLInputElement).value)} />
          </label>
        </form>
        {members === null ? (
          <p class="nr-muted">Loading…</p>
        ) : members.length === 0 ? (
          <p class="nr-muted">No members match.</p>
        ) : (
          <table class="nr-table nr-members-table">
            <caption class="nr-visually-hidden">Members, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Plan</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} aria-current={m.id === openId ? 'true' : undefined}>
                  <td>
                    <a
                      href={`/newsroom/members${query({ member: m.id })}`}
                      onClick={(event) => {
                        event.preventDefault();
                        show(m.id);
                      }}
                    >
                      {m.email}
                    </a>
                  </td>
                  <td>{m.name}</td>
                  <td>
                    <span class={`nr-badge nr-badge--member-${m.status}`}>{STATUS_LABELS[m.status]}</span>
                    {m.plans.length > 0 && <span class="nr-meta"> {m.plans.map((p) => p.tierName).join(', ')}</span>}
                  </td>
                  <td>{formatTime(m.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {next && (
          <button type="button" class="nr-button" onClick={() => void load(next)}>
            Load more members
          </button>
        )}
      </section>

      <CsvPanel onImported={refresh} />
    </div>
  );
}
