import { ApiError } from '../api-client.js';

/** An error from the API as a person reads it: the sentence, then each failing field. */
export function ProblemMessage({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const fields = error instanceof ApiError ? Object.entries(error.fields) : [];
  return (
    <div class="nr-alert nr-alert--error" role="alert" id={id}>
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([field, problem]) => (
            <li key={field}>
              <code>{field}</code> {problem}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
