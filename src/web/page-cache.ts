interface Entry {
  value: unknown;
  expires: number;
  tags: string[];
}

interface Render {
  promise: Promise<unknown>;
  tags: string[];
  /** Set when an invalidation hit this render's tags while it ran: its result is not kept. */
  invalidated: boolean;
}

/**
 * Rendered HTML (and the data behind it) kept in memory. Article entries are keyed by id and
 * version, so an edit makes a new key; lists and the front page expire after a short TTL and are
 * dropped whenever any article changes in this process. Everything here can be rebuilt, so a cold
 * or evicted cache only costs a render.
 *
 * Bounded by entry count, least recently used first, so the pages readers are reading stay while
 * a crawler walks the archive. Concurrent misses of one key share one render, and a render that
 * an invalidation overtook is handed to its callers but not kept.
 */
export class PageCache {
  private entries = new Map<string, Entry>();
  private renders = new Map<string, Render>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 2000,
  ) {}

  get<T = string>(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // A Map iterates in insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value as T;
  }

  set(key: string, value: unknown, ttlMs: number, tags: string[] = []): void {
    this.entries.delete(key);
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: this.now() + ttlMs, tags });
  }

  /**
   * Memoizes an async render under `key`. While a render runs, other callers of the same key wait
   * for it instead of rendering again (on PostgreSQL a page expiring under load would otherwise
   * be rendered once per waiting request).
   */
  async wrap<T = string>(key: string, ttlMs: number, tags: string[], render: () => Promise<T>): Promise<T> {
    const hit = this.get<T>(key);
    if (hit !== undefined) return hit;
    const running = this.renders.get(key);
    if (running) return running.promise as Promise<T>;
    const job: Render = { promise: render(), tags, invalidated: false };
    this.renders.set(key, job);
    try {
      const value = (await job.promise) as T;
      if (!job.invalidated) this.set(key, value, ttlMs, tags);
      return value;
    } finally {
      if (this.renders.get(key) === job) this.renders.delete(key);
    }
  }

  /** Drops every entry carrying any of these tags, and keeps renders already under way from storing what they read before. */
  invalidate(tags: string[]): void {
    const wanted = new Set(tags);
    for (const [key, entry] of this.entries) if (entry.tags.some((t) => wanted.has(t))) this.entries.delete(key);
    for (const [key, job] of this.renders) {
      if (job.tags.some((t) => wanted.has(t))) {
        job.invalidated = true;
        this.renders.delete(key);
      }
    }
  }

  clear(): void {
    this.entries.clear();
    for (const job of this.renders.values()) job.invalidated = true;
    this.renders.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
