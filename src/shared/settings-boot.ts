import { SETTING_CHOICES } from './reader-settings.ts';

/** Runs in the page head, before anything paints; self-contained, so it can be inlined as text. */
function bootSettings(key: string, choices: Record<string, readonly string[]>) {
  try {
    const stored = JSON.parse(window.localStorage.getItem(key) ?? 'null') as { state?: { preferences?: Record<string, unknown> } } | null;
    const preferences = stored?.state?.preferences ?? {};
    for (const name of Object.keys(choices)) {
      const value = preferences[name];
      if (typeof value === 'string' && choices[name]?.includes(value)) {
        document.documentElement.setAttribute(`data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
      }
    }
  } catch {
    // Unreadable storage: the defaults apply, and the app reports the problem once it starts.
  }
}

/** The inline script that applies stored settings before first paint. */
export function settingsBootScript(storageKey: string): string {
  return `(${bootSettings.toString()})(${JSON.stringify(storageKey)},${JSON.stringify(SETTING_CHOICES)});`;
}
