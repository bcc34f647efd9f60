/** An in-memory stand-in for localStorage that can be told to fail like a full or blocked one. */
export class MemoryStorage {
  readonly map = new Map<string, string>();
  /** When set, setItem throws a QuotaExceededError. */
  failWrites = false;
  writes = 0;

  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes += 1;
    this.map.set(key, String(value));
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
  /** This object as the DOM type the store expects. */
  asStorage(): Storage {
    return this as unknown as Storage;
  }
}
