/** The results page's downloads data in English (see src/data/results-data.ts). */
import type { APIRoute } from 'astro';
import { getResultsDownloadsData } from '../../data/results-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getResultsDownloadsData('en')), {
    headers: { 'Content-Type': 'application/json' },
  });
