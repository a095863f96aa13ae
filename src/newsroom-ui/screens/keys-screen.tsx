import { useEffect, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { ApiKey, Role } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';

/** Admin API keys (admins): create one for an integration (shown once), see when each was last used, revoke. */
export function KeysScreen() {
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('admin');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);

  const load = () => api.get<{ keys: ApiKey[] }>('/keys').then((r) => setKeys(r.keys), setError);
  useEffect(() => {
    document.title = 'API keys · Newsroom';
    void load();
  }, []);

  const create = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const { key } = await api.post<{ key: ApiKey & { secret: string } }>('/keys', { name: name.trim(), role });
      setSecret(key.secret);
      setName('');
      void load();
    } catch (caught) {
      setError(caught);
    }
  };
  const revoke = async (key: ApiKey) => {
    if (!confirm(`Revoke "${key.name}"? Anything using it stops working at once.`)) return;
    try {
      await api.delete(`/keys/${key.id}`);
      void load();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="nr-stack">
      <h1>API keys</h1>
      <table class="nr-table">
        <caption class="nr-visually-hidden">Admin API keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key starts</th>
            <th scope="col">Role</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span class="nr-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>
                <code>{k.prefix}…</code>
              </td>
              <td>{k.role}</td>
              <td>{k.lastUsedAt ? formatTime(k.lastUsedAt) : 'Never'}</td>
              <td>
                {k.revokedAt ? (
                  <span class="nr-muted">Revoked {formatTime(k.revokedAt)}</span>
                ) : (
                  <button type="button" class="nr-button nr-button--quiet" onClick={() => revoke(k)}>
                    Revoke {k.name}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="nr-card nr-stack" onSubmit={create}>
        <h2>Create a key</h2>
        <div class="nr-row nr-row--wrap">
          <label>
            What it is for
            <input required maxLength={100} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <label>
            Acts as
            <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
              <option value="admin">admin</option>
              <option value="editor">editor</option>
              <option value="author">author</option>
              <option value="contributor">contributor</option>
            </select>
          </label>
        </div>
        <ProblemMessage error={error} />
        <button type="submit" class="nr-button nr-button--primary">
          Create key
        </button>
        {secret && (
          <label>
            The new key: copy it now, it is not shown again
            <input readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </form>
    </div>
  );
}
