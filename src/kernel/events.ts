/**
 * In-process domain events, so a module can react to another's changes without importing it
 * (the content module announces a change; the page cache and the search index listen).
 * Handlers run after the change is committed; a failing handler is logged by the caller's
 * logger and never undoes the change.
 */
export interface DomainEvents {
  'post.changed': { postId: string; slug: string; status: string; previousStatus: string | null };
  'post.deleted': { postId: string; slug: string };
  /** A tag or author was renamed (or its other names, slug or kind changed): every article carrying it shows the change. */
  'taxonomy.changed': { kind: 'tag' | 'author'; id: string };
}

type Handler<K extends keyof DomainEvents> = (event: DomainEvents[K]) => void | Promise<void>;

export class EventBus {
  private handlers: { [K in keyof DomainEvents]?: Handler<K>[] } = {};
  private onError: (error: unknown) => void;

  constructor(onError: (error: unknown) => void = () => {}) {
    this.onError = onError;
  }

  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): void {
    const list = (this.handlers[name] ??= []) as Handler<K>[];
    list.push(handler);
  }

  async emit<K extends keyof DomainEvents>(name: K, event: DomainEvents[K]): Promise<void> {
    for (const handler of (this.handlers[name] ?? []) as Handler<K>[]) {
      try {
        await handler(event);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
