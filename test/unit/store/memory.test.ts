import { describe, expect, it } from 'vitest';
import {
  openMemoryDatabase,
  ConstraintError,
  type DBSchema,
  type DatabaseDefinition,
} from '../../../src/store/index.js';

interface TestSchema extends DBSchema {
  people: {
    key: string;
    value: { id: string; team?: string; secret?: Uint8Array };
    indexes: { 'by-team': string };
  };
  log: { key: number; value: { id?: number; text: string } };
}

const definition: DatabaseDefinition = {
  name: 'test',
  migrations: [
    (db) => {
      db.createStore('people', { keyPath: 'id' });
      db.createIndex('people', 'by-team', { keyPath: 'team', unique: false });
      db.createStore('log', { keyPath: 'id', autoIncrement: true });
    },
  ],
};

const open = () => openMemoryDatabase<TestSchema>(definition);

describe('memory store', () => {
  it('copies records in and out, as IndexedDB does', async () => {
    const db = await open();
    const person = { id: 'a', secret: new Uint8Array([1, 2, 3]) };
    await db.write(['people'], (tx) => tx.store('people').put(person));
    person.secret[0] = 9;
    const read = await db.read(['people'], (tx) => tx.store('people').get('a'));
    expect(Array.from(read!.secret!)).toEqual([1, 2, 3]);
    read!.secret![1] = 9;
    const again = await db.read(['people'], (tx) => tx.store('people').get('a'));
    expect(Array.from(again!.secret!)).toEqual([1, 2, 3]);
  });

  it('rolls back a whole readwrite transaction whose work throws', async () => {
    const db = await open();
    await expect(
      db.write(['people', 'log'], async (tx) => {
        await tx.store('people').put({ id: 'a' });
        await tx.store('log').add({ text: 'x' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(
      await db.read(['people', 'log'], async (tx) => [
        await tx.store('people').count(),
        await tx.store('log').count(),
      ]),
    ).toEqual([0, 0]);
  });

  it('refuses add of an existing key, and a write in a read transaction', async () => {
    const db = await open();
    await db.write(['people'], (tx) => tx.store('people').add({ id: 'a' }));
    await expect(db.write(['people'], (tx) => tx.store('people').add({ id: 'a' }))).rejects.toMatchObject({
      name: 'StorageError',
      reason: 'failed',
      cause: expect.any(ConstraintError),
    });
    await expect(db.read(['people'], (tx) => tx.store('people').put({ id: 'b' }))).rejects.toThrow(
      /read-only/,
    );
    await expect(db.read(['people'], async (tx) => tx.store('log').count())).rejects.toThrow(
      /not in this transaction/,
    );
  });

  it('enforces unique indexes and skips records without an index key', async () => {
    const uniqueDefinition: DatabaseDefinition = {
      name: 'unique',
      migrations: [
        (db) => {
          db.createStore('people', { keyPath: 'id' });
          db.createIndex('people', 'by-team', { keyPath: 'team', unique: true });
        },
      ],
    };
    const db = await openMemoryDatabase<TestSchema>(uniqueDefinition);
    await db.write(['people'], async (tx) => {
      await tx.store('people').put({ id: 'a', team: 'red' });
      await tx.store('people').put({ id: 'b' });
      await tx.store('people').put({ id: 'c' });
    });
    await expect(
      db.write(['people'], (tx) => tx.store('people').put({ id: 'd', team: 'red' })),
    ).rejects.toMatchObject({ reason: 'failed', cause: expect.any(ConstraintError) });
    // Re-putting the holder itself is not a clash.
    await db.write(['people'], (tx) => tx.store('people').put({ id: 'a', team: 'red' }));
    expect(await db.read(['people'], (tx) => tx.store('people').count('by-team'))).toBe(1);
  });

  it('generates increasing keys and pages newest first', async () => {
    const db = await open();
    await db.write(['log'], async (tx) => {
      for (let i = 1; i <= 25; i++) await tx.store('log').add({ text: `entry ${i}` });
    });
    const page = await db.read(['log'], (tx) =>
      tx.store('log').page({ direction: 'prev', offset: 10, limit: 5 }),
    );
    expect(page.map((entry) => entry.id)).toEqual([15, 14, 13, 12, 11]);
  });

  it('pages an index with only, in index then key order', async () => {
    const db = await open();
    await db.write(['people'], async (tx) => {
      for (const [id, team] of [
        ['d', 'red'],
        ['a', 'blue'],
        ['c', 'red'],
        ['b', 'red'],
      ]) {
        await tx.store('people').put({ id, team });
      }
    });
    const reds = await db.read(['people'], (tx) =>
      tx.store('people').page({ index: 'by-team', only: 'red', limit: 10 }),
    );
    expect(reds.map((person) => person.id)).toEqual(['b', 'c', 'd']);
    const newest = await db.read(['people'], (tx) =>
      tx.store('people').page({ index: 'by-team', only: 'red', direction: 'prev', limit: 2 }),
    );
    expect(newest.map((person) => person.id)).toEqual(['d', 'c']);
    expect(await db.read(['people'], (tx) => tx.store('people').getAllFromIndex('by-team', 'blue'))).toEqual([
      { id: 'a', team: 'blue' },
    ]);
  });

  it('runs overlapping writes one after another', async () => {
    const db = await open();
    const add = (text: string) =>
      db.write(['log'], async (tx) => {
        const count = await tx.store('log').count();
        await tx.store('log').add({ text: `${text} saw ${count}` });
      });
    await Promise.all([add('a'), add('b'), add('c')]);
    const texts = (await db.read(['log'], (tx) => tx.store('log').getAll())).map((entry) => entry.text);
    expect(texts).toEqual(['a saw 0', 'b saw 1', 'c saw 2']);
  });

  it('refuses use after close', async () => {
    const db = await open();
    db.close();
    await expect(db.read(['log'], (tx) => tx.store('log').count())).rejects.toMatchObject({
      name: 'StorageError',
      reason: 'closed',
    });
  });
});

describe('memory store, like IndexedDB', () => {
  it('aborts a transaction whose failed request was caught by its work', async () => {
    const db = await open();
    await db.write(['people'], (tx) => tx.store('people').add({ id: 'a' }));
    await expect(
      db.write(['people'], async (tx) => {
        await tx.store('people').put({ id: 'b' });
        await tx
          .store('people')
          .add({ id: 'a' })
          .catch(() => undefined);
      }),
    ).rejects.toMatchObject({ name: 'StorageError', reason: 'failed', cause: expect.any(ConstraintError) });
    expect(await db.read(['people'], (tx) => tx.store('people').count())).toBe(1);
  });

  it('refuses a record that cannot be cloned, as IndexedDB does, and writes nothing of the transaction', async () => {
    const db = await open();
    await expect(
      db.write(['people'], async (tx) => {
        await tx.store('people').put({ id: 'b' });
        await tx.store('people').put({ id: 'c', call: () => 'a function' } as never);
      }),
    ).rejects.toMatchObject({ name: 'StorageError', reason: 'failed', cause: { name: 'DataCloneError' } });
    expect(await db.read(['people'], (tx) => tx.store('people').count())).toBe(0);
  });
});
