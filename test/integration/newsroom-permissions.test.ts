import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../../src/kernel/errors.js';
import {
  addCorrection,
  createAuthor,
  createPostAs,
  createPreviewLink,
  deletePost,
  restoreRevision,
  transitionPost,
  updatePost,
  type ContentDeps,
  type Post,
} from '../../src/modules/content/index.js';
import { can, createApiKey, createStaff, listApiKeys, listStaff, OPERATIONS, STAFF_ROLES, type Actor, type Operation, type StaffRole } from '../../src/modules/newsroom/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { signInAs, type SignedIn } from '../helpers/newsroom-staff.js';

/**
 * The policy, written out independently of the implementation: for each operation, what each
 * role may do ('own' = only on articles they created or are bylined on).
 */
const POLICY: Record<Operation, [contributor: boolean | 'own', author: boolean | 'own', editor: boolean | 'own', admin: boolean | 'own']> = {
  'post.read': [true, true, true, true],
  'post.create': [true, true, true, true],
  'post.edit': ['own', 'own', true, true],
  'post.edit-published': [false, 'own', true, true],
  'post.submit': ['own', 'own', true, true],
  'post.review': [false, false, true, true],
  'post.publish': [false, 'own', true, true],
  'post.unpublish': [false, 'own', true, true],
  'post.archive': [false, 'own', true, true],
  'post.delete': ['own', 'own', true, true],
  'post.correct': [false, false, true, true],
  'post.preview': ['own', 'own', true, true],
  'taxonomy.manage': [false, false, true, true],
  'media.upload': [true, true, true, true],
  'audit.read': [false, false, true, true],
  'staff.manage': [false, false, false, true],
  'keys.manage': [false, false, false, true],
  'settings.manage': [false, false, false, true],
  'members.manage': [false, false, false, true],
  'billing.manage': [false, false, false, true],
  'webhooks.manage': [false, false, false, true],
  'newsletters.send': [false, false, true, true],
  'newsletters.manage': [false, false, false, true],
};

type Role = StaffRole;
type Expect = Record<Role, boolean>;
const only = (...roles: Role[]): Expect => Object.fromEntries(STAFF_ROLES.map((r) => [r, roles.includes(r)])) as Expect;
const ALL = only('contributor', 'author', 'editor', 'admin');
const AUTHORS_UP = only('author', 'editor', 'admin');
const EDITORS = only('editor', 'admin');
const ADMINS = only('admin');

interface Fixture {
  status: 'draft' | 'review' | 'published';
  own: boolean;
}

/** One thing a person tries, by API request and by direct call to the operation. */
interface Scenario {
  name: string;
  fixture?: Fixture;
  expect: Expect;
  request: (post: Post | undefined) => { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object };
  operation: (deps: ContentDeps, actor: Actor, post: Post | undefined) => Promise<unknown>;
}

const body = { format: 'markdown' as const, content: 'Reporting from the southern border crossing.' };
const later = () => new Date(Date.parse('2026-12-31T09:00:00Z')).toISOString();

const SCENARIOS: Scenario[] = [
  { name: 'create a draft', expect: ALL, request: () => ({ method: 'POST', url: '/posts', payload: { title: 'Draft', type: 'news', body } }), operation: (d, a) => createPostAs(d, a, { title: 'Draft', type: 'news', body }) },
  { name: 'create an article as published', expect: AUTHORS_UP, request: () => ({ method: 'POST', url: '/posts', payload: { title: 'Live', type: 'news', body, status: 'published' } }), operation: (d, a) => createPostAs(d, a, { title: 'Live', type: 'news', body, status: 'published' }) },
  { name: 'read an article', fixture: { status: 'draft', own: false }, expect: ALL, request: (p) => ({ method: 'GET', url: `/posts/${p!.id}` }), operation: async () => undefined },
  { name: 'edit their own draft', fixture: { status: 'draft', own: true }, expect: ALL, request: (p) => ({ method: 'PATCH', url: `/posts/${p!.id}`, payload: { version: p!.version, dek: 'New dek' } }), operation: (d, a, p) => updatePost(d, a, p!.id, p!.version, { dek: 'New dek' }) },
  { name: "edit someone else's draft", fixture: { status: 'draft', own: false }, expect: EDITORS, request: (p) => ({ method: 'PATCH', url: `/posts/${p!.id}`, payload: { version: p!.version, dek: 'New dek' } }), operation: (d, a, p) => updatePost(d, a, p!.id, p!.version, { dek: 'New dek' }) },
  { name: 'edit their own published article', fixture: { status: 'published', own: true }, expect: AUTHORS_UP, request: (p) => ({ method: 'PATCH', url: `/posts/${p!.id}`, payload: { version: p!.version, dek: 'New dek' } }), operation: (d, a, p) => updatePost(d, a, p!.id, p!.version, { dek: 'New dek' }) },
  { name: "edit someone else's published article", fixture: { status: 'published', own: false }, expect: EDITORS, request: (p) => ({ method: 'PATCH', url: `/posts/${p!.id}`, payload: { version: p!.version, dek: 'New dek' } }), operation: (d, a, p) => updatePost(d, a, p!.id, p!.version, { dek: 'New dek' }) },
  { name: 'submit their own draft for review', fixture: { status: 'draft', own: true }, expect: ALL, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'submit' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'submit' }) },
  { name: "submit someone else's draft", fixture: { status: 'draft', own: false }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'submit' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'submit' }) },
  { name: 'approve their own article in review', fixture: { status: 'review', own: true }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'approve' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'approve' }) },
  { name: 'send an article back with a comment', fixture: { status: 'review', own: false }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'send-back', comment: 'Check the casualty figures.' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'send-back', comment: 'Check the casualty figures.' }) },
  { name: 'publish their own draft', fixture: { status: 'draft', own: true }, expect: AUTHORS_UP, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'publish' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'publish' }) },
  { name: "publish someone else's article", fixture: { status: 'review', own: false }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'publish' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'publish' }) },
  { name: 'schedule their own draft', fixture: { status: 'draft', own: true }, expect: AUTHORS_UP, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'schedule', publishAt: later() } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'schedule', publishAt: later() }) },
  { name: 'unpublish their own article', fixture: { status: 'published', own: true }, expect: AUTHORS_UP, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'unpublish' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'unpublish' }) },
  { name: "unpublish someone else's article", fixture: { status: 'published', own: false }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'unpublish' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'unpublish' }) },
  { name: 'archive their own article', fixture: { status: 'published', own: true }, expect: AUTHORS_UP, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/transitions`, payload: { action: 'archive' } }), operation: (d, a, p) => transitionPost(d, a, p!.id, { action: 'archive' }) },
  { name: 'delete their own draft', fixture: { status: 'draft', own: true }, expect: ALL, request: (p) => ({ method: 'DELETE', url: `/posts/${p!.id}` }), operation: (d, a, p) => deletePost(d, a, p!.id) },
  { name: "delete someone else's draft", fixture: { status: 'draft', own: false }, expect: EDITORS, request: (p) => ({ method: 'DELETE', url: `/posts/${p!.id}` }), operation: (d, a, p) => deletePost(d, a, p!.id) },
  { name: 'delete their own published article', fixture: { status: 'published', own: true }, expect: AUTHORS_UP, request: (p) => ({ method: 'DELETE', url: `/posts/${p!.id}` }), operation: (d, a, p) => deletePost(d, a, p!.id) },
  { name: 'correct their own published article', fixture: { status: 'published', own: true }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/corrections`, payload: { text: 'The crossing is in the south, not the north.' } }), operation: (d, a, p) => addCorrection(d, a, p!.id, { text: 'The crossing is in the south, not the north.' }) },
  { name: 'make a preview link for their own draft', fixture: { status: 'draft', own: true }, expect: ALL, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/preview-link` }), operation: (d, a, p) => createPreviewLink({ ...d, publicUrl: 'https://ledger.test' }, a, p!.id) },
  { name: "make a preview link for someone else's draft", fixture: { status: 'draft', own: false }, expect: EDITORS, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/preview-link` }), operation: (d, a, p) => createPreviewLink({ ...d, publicUrl: 'https://ledger.test' }, a, p!.id) },
  { name: 'restore a revision of their own draft', fixture: { status: 'draft', own: true }, expect: ALL, request: (p) => ({ method: 'POST', url: `/posts/${p!.id}/revisions/1/restore` }), operation: (d, a, p) => restoreRevision(d, a, p!.id, '1') },
  { name: 'list staff', expect: ADMINS, request: () => ({ method: 'GET', url: '/staff' }), operation: (d, a) => listStaff(d, a) },
  { name: 'add a staff account', expect: ADMINS, request: () => ({ method: 'POST', url: '/staff', payload: { email: `new-${Math.random().toString(36).slice(2)}@ledger.test`, role: 'author', password: 'long enough password' } }), operation: (d, a) => createStaff(d, a, { email: `new-${Math.random().toString(36).slice(2)}@ledger.test`, role: 'author' }) },
  { name: 'list API keys', expect: ADMINS, request: () => ({ method: 'GET', url: '/keys' }), operation: (d, a) => listApiKeys(d, a) },
  { name: 'create an API key', expect: ADMINS, request: () => ({ method: 'POST', url: '/keys', payload: { name: 'Importer' } }), operation: (d, a) => createApiKey(d, a, { name: 'Importer' }) },
];

describe('the permissions table', () => {
  for (const operation of OPERATIONS) {
    STAFF_ROLES.forEach((role, index) => {
      const grant = POLICY[operation][index];
      it(`${role} ${grant === true ? 'may' : grant === 'own' ? 'may only for their own articles' : 'may not'} ${operation}`, () => {
        assert.equal(can(role, operation, { isOwn: true }), grant !== false);
        assert.equal(can(role, operation, { isOwn: false }), grant === true);
      });
    });
  }
});

for (const dialect of testDialects()) {
  describe(`role permissions enforced by every door on ${dialect}`, () => {
    let site: TestSite;
    let deps: ContentDeps;
    const people = {} as Record<Role, SignedIn>;
    let otherAuthor: string;
    const system: Actor = { kind: 'key', id: 'fixture', role: 'admin', name: 'Fixture maker' };

    before(async () => {
      site = await createTestSite(dialect);
      deps = { db: site.services.database.db, clock: site.clock, events: site.services.events };
      for (const role of STAFF_ROLES) people[role] = await signInAs(site, role, `${role} person`);
      otherAuthor = await createAuthor(deps, { slug: 'someone-else', name: 'Someone Else' });
    });
    after(async () => site.close());

    /** A fresh article in the wanted status, bylined to the person (own) or to someone else. */
    const fixture = async (f: Fixture, role: Role): Promise<Post> => {
      const authors = [f.own ? people[role].authorId! : otherAuthor];
      let post = await createPostAs(deps, system, { title: `Border crossing reopens (${role})`, type: 'news', body, authors });
      if (f.status === 'review') post = await transitionPost(deps, system, post.id, { action: 'submit' });
      if (f.status === 'published') post = await transitionPost(deps, system, post.id, { action: 'publish' });
      return post;
    };
    const actorOf = (role: Role): Actor => ({ kind: 'staff', id: people[role].id, role, name: `${role} person`, authorId: people[role].authorId });

    for (const scenario of SCENARIOS) {
      for (const role of STAFF_ROLES) {
        const allowed = scenario.expect[role];
        it(`${role} ${allowed ? 'can' : 'cannot'} ${scenario.name} (API)`, async () => {
          const post = scenario.fixture ? await fixture(scenario.fixture, role) : undefined;
          const { method, url, payload } = scenario.request(post);
          const res = await site.app.inject({ method, url: `/api/admin${url}`, headers: people[role].headers, ...(payload ? { payload } : {}) });
          if (allowed) assert.ok(res.statusCode >= 200 && res.statusCode < 300, `${res.statusCode} ${res.body}`);
          else {
            assert.equal(res.statusCode, 403, res.body);
            assert.equal(res.json().code, 'FORBIDDEN');
            assert.match(res.json().detail, new RegExp(`\\(${role}\\)`));
          }
        });
        it(`${role} ${allowed ? 'can' : 'cannot'} ${scenario.name} (operation)`, async () => {
          const post = scenario.fixture ? await fixture(scenario.fixture, role) : undefined;
          const outcome = await scenario.operation(deps, actorOf(role), post).then(
            () => 'done',
            (error: unknown) => (isAppError(error) ? error.code : error),
          );
          assert.equal(outcome, allowed ? 'done' : 'FORBIDDEN');
        });
      }
    }
  });
}
