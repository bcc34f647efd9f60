import { migrateReadingData, READING_DATA_VERSION } from './migrations.ts';
import type { ReadingData } from './reading-data.ts';
import { sanitizeReadingData } from './validate.ts';

/** What was wrong with stored data; any of these means a copy of it is kept and the reader told. */
export type LoadProblem = 'invalid-json' | 'wrong-shape' | 'unknown-version' | 'invalid-items';

/** The `{ state, version }` envelope persisted data is stored in, not yet validated. */
export interface Envelope {
  state: unknown;
  version: unknown;
}

/** Parses a stored string into its envelope; null with a problem when it is not JSON or not an envelope. */
export function decodeEnvelope(raw: string): { envelope: Envelope | null; problem: LoadProblem | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { envelope: null, problem: 'invalid-json' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('state' in parsed)) {
    return { envelope: null, problem: 'wrong-shape' };
  }
  const { state, version } = parsed as Envelope;
  return { envelope: { state, version }, problem: typeof version === 'number' ? null : 'unknown-version' };
}

/**
 * A stored string (or an imported file) read all the way: parsed, migrated to the current
 * version, validated. Whatever is valid is kept; `problems` says what was not. Never throws.
 */
export function loadReadingData(raw: string, now: number): { data: ReadingData; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [];
  const { envelope, problem } = decodeEnvelope(raw);
  if (problem) problems.push(problem);
  let state = envelope?.state;
  if (envelope && envelope.version !== READING_DATA_VERSION && !problem) {
    const migrated = migrateReadingData(envelope.state, envelope.version);
    if (!migrated.known) problems.push('unknown-version');
    state = migrated.state;
  }
  const { data, issues } = sanitizeReadingData(envelope ? state : {}, now);
  if (envelope && issues > 0) problems.push('invalid-items');
  return { data, problems };
}
