/**
 * Reader preferences. To add one (theme, text size, font, line width…):
 * 1. add it to `PreferenceValues`, with its default in `preferenceDefaults`
 *    and a guard in `preferenceGuards` (the type makes forgetting either an error);
 * 2. stored data without the field loads with the default, so a new field needs no migration;
 *    changing or renaming an existing field does: see `migrations.ts`.
 */
import { DEFAULT_SETTINGS, isSettingValue, type ReaderSettings } from '../shared/reader-settings.ts';

/** Every preference the reader can set: today, the reader settings (theme, text size, line width, font). */
export type PreferenceValues = ReaderSettings;

/** Preferences as stored: the values and when any of them last changed (for merging tabs). */
export type Preferences = PreferenceValues & { updatedAt: number };

/** What a reader who never changed anything gets. */
export const preferenceDefaults: PreferenceValues = DEFAULT_SETTINGS;

type Guards<T> = { [K in keyof T]-?: (value: unknown) => value is T[K] };

/** One guard per preference: stored values that fail it fall back to the default. */
export const preferenceGuards: Guards<PreferenceValues> = {
  theme: (v): v is ReaderSettings['theme'] => isSettingValue('theme', v),
  textSize: (v): v is ReaderSettings['textSize'] => isSettingValue('textSize', v),
  lineWidth: (v): v is ReaderSettings['lineWidth'] => isSettingValue('lineWidth', v),
  font: (v): v is ReaderSettings['font'] => isSettingValue('font', v),
};

/** Default preferences, never changed. */
export function defaultPreferences(): Preferences {
  return { ...preferenceDefaults, updatedAt: 0 };
}

/**
 * Valid stored preferences: each known field checked by its guard (default when missing or
 * invalid), unknown fields dropped. `repaired` counts fields that were present but invalid.
 */
export function sanitizePreferences(value: unknown, clampTime: (t: unknown) => number | null): { preferences: Preferences; repaired: number } {
  const preferences = defaultPreferences();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { preferences, repaired: value === undefined ? 0 : 1 };
  const record = value as Record<string, unknown>;
  let repaired = 0;
  const values = preferences as unknown as Record<string, unknown>;
  for (const [field, guard] of Object.entries(preferenceGuards) as [string, (v: unknown) => boolean][]) {
    if (!(field in record)) continue;
    if (guard(record[field])) values[field] = record[field];
    else repaired += 1;
  }
  const updatedAt = clampTime(record.updatedAt);
  if (updatedAt === null) {
    if ('updatedAt' in record) repaired += 1;
  } else {
    preferences.updatedAt = updatedAt;
  }
  return { preferences, repaired };
}
