import { useEffect, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { Role, Staff } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';

const ROLES: { value: Role; label: string }[] = [
  { value: 'contributor', label: 'Contributor: writes and submits drafts' },
  { value: 'author', label: 'Author: also publishes their own articles' },
  { value: 'editor', label: 'Editor: everything editorial' },
  { value: 'admin', label: 'Admin: also staff, keys, settings and billing' },
];

/** Staff accounts (admins): invite colleagues with a role, disable accounts. */
export function StaffScreen() {
  const [staff, setStaff] = useState<Staff[]>([]);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('contributor');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const load = () => api.get<{ staff: Staff[] }>('/staff').then((r) => setStaff(r.staff), setError);
  useEffect(() => {
    document.title = 'Staff · Newsroom';
    void load();
  }, []);

  const invite = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const created = await api.post<{ staff: Staff; signInLinkSent?: boolean }>('/staff', { email: email.trim(), name: name.trim() || undefined, role });
      setNotice(`${created.staff.email} was added${created.signInLinkSent ? ' and has been emailed a sign-in link' : ''}.`);
      setEmail('');
      setName('');
      void load();
    } catch (caught) {
      setError(caught);
    }
  };
  const disable = async (person: Staff) => {
    if (!confirm(`Disable ${person.email}? Their sessions end now; their articles stay.`)) return;
    try {
      await api.post(`/staff/${person.id}/disable`);
      void load();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="nr-stack">
      <h1>Staff</h1>
      <table class="nr-table">
        <caption class="nr-visually-hidden">Staff accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Since</th>
            <th scope="col">
              <span class="nr-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {staff.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{p.email}</td>
              <td>{p.role}</td>
              <td>{formatTime(p.createdAt)}</td>
              <td>
                {p.disabledAt ? (
                  <span class="nr-muted">Disabled</span>
                ) : (
                  <button type="button" class="nr-button nr-button--quiet" onClick={() => disable(p)}>
                    Disable {p.name}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="nr-card nr-stack" onSubmit={invite}>
        <h2>Add a colleague</h2>
        <div class="nr-row nr-row--wrap">
          <label>
            Email
            <input type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          </label>
          <label>
            Name
            <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            Role
            <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
              {ROLES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ProblemMessage error={error} />
        <p role="status">{notice}</p>
        <button type="submit" class="nr-button nr-button--primary">
          Add and email a sign-in link
        </button>
      </form>
    </div>
  );
}
