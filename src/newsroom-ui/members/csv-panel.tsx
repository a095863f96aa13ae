import { useState } from 'preact/hooks';
import { ProblemMessage } from '../components/problem-message.js';
import { EXPORT_URL, membersApi, type ImportReport } from './members-api.js';

/**
 * CSV in and out: the export is a plain download (the session cookie is enough for a GET); the
 * import sends the chosen file as text/csv and shows what was created, updated or refused.
 */
export function CsvPanel({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setReport(null);
    setBusy(true);
    try {
      setReport(await membersApi.importCsv(await file.text()));
      onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="nr-stack" aria-labelledby="nr-csv-title">
      <h2 id="nr-csv-title">CSV</h2>
      <p>
        <a class="nr-button" href={EXPORT_URL} download>
          Export CSV
        </a>
      </p>
      <form class="nr-row" onSubmit={submit}>
        <label>
          <span>Import CSV <span class="nr-muted">(columns: email, name, comp_tier, comp_until)</span></span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        </label>
        <button type="submit" class="nr-button" disabled={!file || busy}>
          Import
        </button>
      </form>
      <ProblemMessage error={error} />
      <div role="status">
        {report && (
          <div class="nr-stack">
            <p>
              Imported: {report.created} created, {report.updated} updated, {report.unchanged} unchanged, {report.errors.length} refused.
            </p>
            {report.errors.length > 0 && (
              <ul>
                {report.errors.map((e) => (
                  <li key={e.row}>
                    Row {e.row} ({e.email || 'no email'}): {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
