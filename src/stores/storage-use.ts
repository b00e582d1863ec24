/**
 * How much this site stores and about how much it may store, in bytes (#15); null where the browser
 * does not say. Islands read it here, since they do not touch the storage adapters; only the
 * assessments page asks, so it is kept out of the stores every page loads.
 */
export { readStorageEstimate as readStorageUse } from '../adapters/storage/storage-estimate';
