/**
 * Fetches the downloads' code and their data (ResultsDownloadsData) together, once per address:
 * the part is drawn when both have arrived, and fails as one when either cannot be fetched.
 */
import { h, type ComponentType } from 'preact';
import type { ResultsDownloadsData, ResultsPageData } from '../types';
import type { DownloadsPartProps } from './DownloadsPart';

/** The downloads part's props as the page has them: its first-load data, not yet merged. */
export type PageDownloadsProps = ResultsPageData &
  Pick<DownloadsPartProps, 'assessment' | 'view' | 'doc' | 'scan'>;

const loaded = new Map<string, Promise<ComponentType<PageDownloadsProps>>>();

async function fetchData(path: string): Promise<ResultsDownloadsData> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as ResultsDownloadsData;
}

/** The downloads part for the data at `path`. */
export function loadDownloads(path: string): Promise<ComponentType<PageDownloadsProps>> {
  let part = loaded.get(path);
  if (!part) {
    part = Promise.all([
      import('./DownloadsPart'),
      import('./downloads-props'),
      fetchData(path),
    ]).then(
      ([{ DownloadsPart }, { toDownloadsProps }, data]) =>
        function Downloads(props: PageDownloadsProps) {
          return h(DownloadsPart, toDownloadsProps(props, data));
        },
    );
    // A failed fetch may succeed later (back online): do not keep it.
    part.catch(() => loaded.delete(path));
    loaded.set(path, part);
  }
  return part;
}
