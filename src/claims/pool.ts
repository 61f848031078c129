/** Interning tables for the bundle: each distinct form list and phrase is stored once. */
export class Pool<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly key: (item: T) => string = (item) => JSON.stringify(item)) {}
  add(item: T): number {
    const k = this.key(item);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(k, i);
    }
    return i;
  }
}
