/**
 * Rendered HTML (and the data behind it) kept in memory. Article entries are keyed by id and version, so an edit makes a
 * new key; lists and the front page expire after a short TTL and are dropped whenever any
 * article changes in this process. Everything here can be rebuilt, so a cold or evicted cache
 * only costs a render. Bounded: the oldest entry goes first past `maxEntries`.
 */
export class PageCache {
  private entries = new Map<string, { value: unknown; expires: number; tags: string[] }>();

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
    return hit.value as T;
  }

  set(key: string, value: unknown, ttlMs: number, tags: string[] = []): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expires: this.now() + ttlMs, tags });
  }

  /** Memoizes an async render under `key`. */
  async wrap<T = string>(key: string, ttlMs: number, tags: string[], render: () => Promise<T>): Promise<T> {
    const hit = this.get<T>(key);
    if (hit !== undefined) return hit;
    const value = await render();
    this.set(key, value, ttlMs, tags);
    return value;
  }

  /** Drops every entry carrying any of these tags. */
  invalidate(tags: string[]): void {
    const wanted = new Set(tags);
    for (const [key, entry] of this.entries) if (entry.tags.some((t) => wanted.has(t))) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
