import type { ComponentChildren } from 'preact';
import { DocumentShell } from '../components/document-shell.js';
import type { SiteContext } from '../site-context.js';

/** The frame of every account page: the site's chrome, a narrow column, never indexed. */
export function AccountShell({ ctx, title, children }: { ctx: SiteContext; title: string; children: ComponentChildren }) {
  const site = ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName;
  return (
    <DocumentShell ctx={ctx} meta={{ title: `${title} | ${site}`, description: title, canonical: `${ctx.publicUrl}${ctx.prefix}/account`, noindex: true }}>
      <div class="account-page">
        <h1>{title}</h1>
        {children}
      </div>
    </DocumentShell>
  );
}

/** The hidden anti-CSRF field every state-changing form carries. */
export const CsrfField = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

/** A message above a form: an error (announced at once) or a confirmation. */
export function FormMessage({ kind, text, id }: { kind: 'error' | 'done'; text: string | undefined; id?: string }) {
  if (!text) return null;
  return kind === 'error' ? (
    <p class="form-message form-error" role="alert" id={id}>
      {text}
    </p>
  ) : (
    <p class="form-message form-done" role="status" id={id}>
      {text}
    </p>
  );
}
