/**
 * Turns zod issues into a short English summary with paths, for the "details" disclosure under a
 * friendly message. It reads issue codes rather than zod's messages: without a locale loaded,
 * `zod/mini` says only "Invalid input", and loading one would grow the browser bundle.
 */
import type { core } from 'zod/mini';

/** How many issues a summary names at most. */
export const MAX_DESCRIBED_ISSUES = 3;
/** Longest path segment shown; longer keys (which come from the file) are cut. */
const MAX_SEGMENT_LENGTH = 40;

function formatSegment(segment: PropertyKey): string {
  if (typeof segment === 'number') return `[${segment}]`;
  const text = typeof segment === 'symbol' ? (segment.description ?? 'symbol') : segment;
  const cut = text.length > MAX_SEGMENT_LENGTH ? `${text.slice(0, MAX_SEGMENT_LENGTH)}…` : text;
  return /^[\w-]+$/.test(cut) ? `.${cut}` : `[${JSON.stringify(cut)}]`;
}

/** Formats an issue path like `assessment.answers.strategy-executive-sponsor` or `profile.channels[2]`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  const text = path.map(formatSegment).join('');
  return text.startsWith('.') ? text.slice(1) : text || '(top level)';
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function describeExpectation(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map(formatValue).join(', ')}`;
    case 'invalid_union':
      return 'not one of the allowed values';
    case 'invalid_format':
      return `expected a valid ${issue.format}`;
    case 'too_big':
      return `too ${issue.origin === 'string' || issue.origin === 'array' ? 'long' : 'big'} (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too ${issue.origin === 'string' || issue.origin === 'array' ? 'short' : 'small'} (at least ${String(issue.minimum)})`;
    case 'invalid_key':
      return 'is not a valid key';
    default:
      return 'is not valid';
  }
}

/** Summarizes the first few issues, e.g. `assessment.name: too long (at most 120)`. */
export function describeIssues(
  issues: readonly core.$ZodIssue[],
  max: number = MAX_DESCRIBED_ISSUES,
): string {
  const lines = issues
    .slice(0, max)
    .map((issue) => `${formatIssuePath(issue.path)}: ${describeExpectation(issue)}`);
  const more = issues.length - max;
  if (more > 0) lines.push(`and ${more} more ${more === 1 ? 'problem' : 'problems'}`);
  return lines.join('; ');
}
