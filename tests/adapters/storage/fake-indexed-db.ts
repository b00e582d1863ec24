/**
 * A small IndexedDB stand-in for Node, enough for indexed-db.ts: one database of object stores,
 * transactions run one after another in the order they were created (as IndexedDB runs
 * transactions whose scopes overlap), requests answer later, a readwrite transaction commits only
 * when it completes and can be made to abort (QuotaExceededError, or another error); `commit()`
 * ends the making of requests (a later one throws, as in a browser), and closing the page drops
 * a readwrite transaction not committed yet (`closePage`), as Chromium does. Plus a
 * BroadcastChannel whose messages are delivered when the test says so, so a message can arrive
 * after later writes, as it can in a browser.
 */

type Callback = (() => void) | null;

interface FakeRequest {
  result: unknown;
  error: DOMException | null;
  onsuccess: Callback;
  onerror: Callback;
}

/** What the next readwrite transactions do at commit: succeed, or abort with this error name. */
export type CommitOutcome = 'ok' | 'QuotaExceededError' | 'UnknownError';

export class FakeIndexedDb {
  /** The stored values by key, of the one object store the tests use. */
  readonly data = new Map<IDBValidKey, unknown>();
  stores = new Set<string>();
  version = 0;
  /** How opening ends: normally, with an error, by throwing, or never. */
  open: 'ok' | 'error' | 'throw' | 'hang' = 'ok';
  /** The commit outcome of each next readwrite transaction; once empty, they succeed. */
  readonly commits: CommitOutcome[] = [];
  /** Whether a read request fails (the transaction aborts). */
  failReads = false;
  /** Readwrite transactions made and not yet finished, and whether each was committed. */
  private readonly unfinished = new Set<{ committed: boolean; drop: () => void }>();
  /** The open connections, to send them `versionchange`. */
  readonly connections = new Set<{ onversionchange: Callback; closed: boolean }>();
  private chain: Promise<void> = Promise.resolve();

  /**
   * The page closes: every readwrite transaction it had not committed is dropped (Chromium aborts
   * them when the page's connection goes); committed ones still finish.
   */
  closePage(): void {
    for (const transaction of this.unfinished) if (!transaction.committed) transaction.drop();
  }

  /** The factory the page sees as `indexedDB`. */
  factory(): IDBFactory {
    const open = (name: string, version?: number): IDBOpenDBRequest => {
      void name;
      if (this.open === 'throw') throw new DOMException('refused', 'SecurityError');
      const request = {
        result: undefined as unknown,
        error: null,
        onsuccess: null,
        onerror: null,
        onupgradeneeded: null as Callback,
      };
      if (this.open === 'hang') return request as unknown as IDBOpenDBRequest;
      setTimeout(() => {
        if (this.open === 'error') {
          request.error = new DOMException('broken', 'UnknownError') as never;
          (request.onerror as Callback)?.();
          return;
        }
        request.result = this.connect();
        if ((version ?? 1) > this.version) {
          this.version = version ?? 1;
          request.onupgradeneeded?.();
        }
        (request.onsuccess as Callback)?.();
      }, 0);
      return request as unknown as IDBOpenDBRequest;
    };
    return { open } as unknown as IDBFactory;
  }

  /** Another tab asks to upgrade the database: every open connection hears `versionchange`. */
  upgradeElsewhere(): void {
    for (const connection of this.connections) connection.onversionchange?.();
  }

  private connect(): IDBDatabase {
    const connection = {
      closed: false,
      onversionchange: null as Callback,
      objectStoreNames: { contains: (name: string) => this.stores.has(name) },
      createObjectStore: (name: string) => {
        this.stores.add(name);
      },
      close: () => {
        connection.closed = true;
        this.connections.delete(connection);
      },
      transaction: (name: string, mode: IDBTransactionMode = 'readonly') => {
        if (connection.closed) throw new DOMException('closed', 'InvalidStateError');
        if (!this.stores.has(name)) throw new DOMException('no store', 'NotFoundError');
        return this.transaction(mode);
      },
    };
    this.connections.add(connection);
    return connection as unknown as IDBDatabase;
  }

  private transaction(mode: IDBTransactionMode): IDBTransaction {
    const pending: { req: FakeRequest; run: () => void }[] = [];
    const working = new Map<IDBValidKey, unknown>();
    let aborted = false;
    const state = {
      committed: false,
      drop: () => {
        aborted = true;
      },
    };
    if (mode === 'readwrite') this.unfinished.add(state);
    const transaction = {
      error: null as DOMException | null,
      oncomplete: null as Callback,
      onabort: null as Callback,
      abort: () => {
        aborted = true;
      },
      commit: () => {
        state.committed = true;
      },
      objectStore: () => store,
    };
    const request = (run: (req: FakeRequest) => void): FakeRequest => {
      if (state.committed) throw new DOMException('committed', 'TransactionInactiveError');
      const req: FakeRequest = { result: undefined, error: null, onsuccess: null, onerror: null };
      pending.push({ req, run: () => run(req) });
      return req;
    };
    const succeed = (req: FakeRequest, result: unknown) => {
      req.result = result;
      req.onsuccess?.();
    };
    const read = (req: FakeRequest, then: () => void) => {
      if (this.failReads) {
        req.error = new DOMException('read failed', 'UnknownError');
        req.onerror?.();
        aborted = true;
        return;
      }
      then();
    };
    // Numbers before text, as IndexedDB orders keys; the tests' keys are text and numbers.
    const sorted = () =>
      [...working.keys()].sort((a, b) =>
        typeof a === typeof b
          ? `${a as string}` < `${b as string}`
            ? -1
            : 1
          : typeof a === 'number'
            ? -1
            : 1,
      );
    const store = {
      get: (key: IDBValidKey) => request((req) => read(req, () => succeed(req, working.get(key)))),
      put: (value: unknown, key: IDBValidKey) => {
        if (mode !== 'readwrite') throw new DOMException('read only', 'ReadOnlyError');
        return request((req) => {
          working.set(key, structuredClone(value));
          succeed(req, key);
        });
      },
      delete: (key: IDBValidKey) => {
        if (mode !== 'readwrite') throw new DOMException('read only', 'ReadOnlyError');
        return request((req) => {
          working.delete(key);
          succeed(req, undefined);
        });
      },
      getAllKeys: () => request((req) => read(req, () => succeed(req, sorted()))),
      getAll: () =>
        request((req) =>
          read(req, () =>
            succeed(
              req,
              sorted().map((key) => working.get(key)),
            ),
          ),
        ),
    };
    // The transaction starts once every earlier one has finished, and sees what they committed.
    this.chain = this.chain.then(async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      for (const [key, value] of this.data) working.set(key, value);
      while (pending.length > 0 && !aborted) {
        pending.shift()?.run();
        await Promise.resolve();
      }
      // An aborted transaction fails the requests it had not run.
      for (const { req } of pending.splice(0)) {
        req.error = new DOMException('aborted', 'AbortError');
        req.onerror?.();
      }
      this.unfinished.delete(state);
      const outcome = mode === 'readwrite' && !aborted ? (this.commits.shift() ?? 'ok') : 'ok';
      if (aborted || outcome !== 'ok') {
        transaction.error = outcome === 'ok' ? null : new DOMException('refused', outcome);
        transaction.onabort?.();
        return;
      }
      if (mode === 'readwrite') {
        this.data.clear();
        for (const [key, value] of working) this.data.set(key, value);
      }
      transaction.oncomplete?.();
    });
    return transaction as unknown as IDBTransaction;
  }
}

/** BroadcastChannels by name, whose messages wait in `inFlight` until `deliver` is called. */
export class FakeChannels {
  readonly inFlight: (() => void)[] = [];
  private readonly open = new Set<{
    name: string;
    onmessage: ((e: MessageEvent) => void) | null;
  }>();

  /** The constructor the page sees as `BroadcastChannel`. */
  constructor_(): typeof BroadcastChannel {
    const { open, inFlight } = this;
    return class {
      onmessage: ((event: MessageEvent) => void) | null = null;
      constructor(readonly name: string) {
        open.add(this);
      }
      postMessage(data: unknown): void {
        for (const other of open) {
          if (other !== this && other.name === this.name)
            inFlight.push(() => other.onmessage?.({ data } as MessageEvent));
        }
      }
      close(): void {
        open.delete(this);
      }
    } as unknown as typeof BroadcastChannel;
  }

  /** Delivers every message posted so far. */
  deliver(): void {
    while (this.inFlight.length > 0) this.inFlight.shift()?.();
  }
}
