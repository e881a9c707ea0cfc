/**
 * IndexedDB's key rules, for the memory store: which values are keys, how keys order
 * (W3C IndexedDB 3.0 §2.5 "Keys": array > binary > string > date > number), and reading a
 * key path out of a record.
 */

function keyType(key: IDBValidKey): number {
  if (typeof key === 'number') return 0;
  if (key instanceof Date) return 1;
  if (typeof key === 'string') return 2;
  if (Array.isArray(key)) return 4;
  return 3; // ArrayBuffer or a view
}

function toBytes(key: IDBValidKey): Uint8Array {
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  return new Uint8Array(key as ArrayBuffer);
}

function isValidKey(value: unknown): value is IDBValidKey {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (typeof value === 'string') return true;
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (Array.isArray(value)) return value.every(isValidKey);
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

export function compareKeys(a: IDBValidKey, b: IDBValidKey): number {
  const typeA = keyType(a);
  const typeB = keyType(b);
  if (typeA !== typeB) return typeA < typeB ? -1 : 1;
  switch (typeA) {
    case 0:
      return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
    case 1:
      return Math.sign((a as Date).getTime() - (b as Date).getTime());
    case 2:
      return a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
    case 3: {
      const bytesA = toBytes(a);
      const bytesB = toBytes(b);
      for (let i = 0; i < Math.min(bytesA.length, bytesB.length); i++) {
        if (bytesA[i] !== bytesB[i]) return bytesA[i] < bytesB[i] ? -1 : 1;
      }
      return Math.sign(bytesA.length - bytesB.length);
    }
    default: {
      const arrayA = a as IDBValidKey[];
      const arrayB = b as IDBValidKey[];
      for (let i = 0; i < Math.min(arrayA.length, arrayB.length); i++) {
        const order = compareKeys(arrayA[i], arrayB[i]);
        if (order !== 0) return order;
      }
      return Math.sign(arrayA.length - arrayB.length);
    }
  }
}

function evaluatePath(record: unknown, path: string): unknown {
  if (path === '') return record;
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The key at `keyPath` in `record`, or undefined where it is missing or not a valid key. */
export function keyAt(record: unknown, keyPath: string | string[]): IDBValidKey | undefined {
  const value = Array.isArray(keyPath)
    ? keyPath.map((path) => evaluatePath(record, path))
    : evaluatePath(record, keyPath);
  return isValidKey(value) ? value : undefined;
}

/** A string that is equal for equal keys, for Map lookups. */
export function keyId(key: IDBValidKey): string {
  if (key instanceof Date) return `d${key.getTime()}`;
  if (typeof key === 'number') return `n${key}`;
  if (typeof key === 'string') return `s${key}`;
  if (Array.isArray(key)) return `a[${key.map(keyId).join(',')}]`;
  return `b${Array.from(toBytes(key)).join(',')}`;
}
