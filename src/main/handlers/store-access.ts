import type { Store } from '../store';

/**
 * How a handler reaches the store. A function, not the store itself, because the store may
 * have refused to open (a database from a newer app): then every call answers with that
 * clear message instead of the app failing to start.
 */
export type StoreAccess = () => Store;
