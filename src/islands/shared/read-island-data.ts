/**
 * Reads the data a page wrote for its island with `IslandData.astro`: the JSON text of the
 * element with this id. The page and the island are built together, so the shape is trusted.
 */
export function readIslandData<T>(id: string): T {
  const text = document.getElementById(id)?.textContent;
  if (text === undefined || text === null) throw new Error(`No island data #${id} in the page`);
  return JSON.parse(text) as T;
}
