/**
 * English UI strings: the reference language, one file per section. Spanish (../es/) must have
 * exactly these keys; a missing one fails type-checking. Question-bank words live in content/, not here.
 */
import { meta } from './meta';
import { nav } from './nav';
import { roles } from './roles';
import { phases } from './phases';
import { maturity } from './maturity';
import { verdicts } from './verdicts';
import { landing } from './landing';
import { method } from './method';
import { assessments } from './assessments';
import { wizard } from './wizard';
import { join } from './join';
import { results } from './results';
import { roadmap } from './roadmap';
import { report } from './report';
import { decision } from './decision';
import { presentation } from './presentation';
import { notFound } from './not-found';
import { workshop } from './workshop';
import { quickScan } from './quick-scan';
import { workbook } from './workbook';
import { toolFiles } from './tool-files';
import { wordReport } from './word-report';
import { follow } from './follow';
import { qr } from './qr';

export const en = {
  meta,
  nav,
  roles,
  phases,
  maturity,
  verdicts,
  landing,
  method,
  assessments,
  wizard,
  join,
  results,
  roadmap,
  report,
  decision,
  presentation,
  notFound,
  workshop,
  quickScan,
  workbook,
  toolFiles,
  wordReport,
  follow,
  qr,
} as const;
