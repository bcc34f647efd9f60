/**
 * Reader settings: the choices, their defaults, and how they reach the page. They are applied as
 * `data-*` attributes on <html>, so CSS does the rest; a script inlined in every page's head
 * applies the stored ones before first paint (see {@link settingsBootScript}).
 */
export const SETTING_CHOICES = {
  theme: ['system', 'light', 'dark', 'sepia'],
  textSize: ['xs', 's', 'm', 'l', 'xl', 'xxl'],
  lineWidth: ['narrow', 'medium', 'wide'],
  font: ['serif', 'sans'],
} as const;

type Choices = typeof SETTING_CHOICES;
/** One value per setting. */
export type ReaderSettings = { [K in keyof Choices]: Choices[K][number] };
export type SettingName = keyof ReaderSettings;

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'system', textSize: 'm', lineWidth: 'medium', font: 'serif' };

/** Words for each choice, as the settings panel shows them. */
export const SETTING_LABELS: { [K in SettingName]: { name: string; choices: Record<ReaderSettings[K], string> } } = {
  theme: { name: 'Theme', choices: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' } },
  textSize: { name: 'Text size', choices: { xs: 'Smallest', s: 'Small', m: 'Medium', l: 'Large', xl: 'Larger', xxl: 'Largest' } },
  lineWidth: { name: 'Line width', choices: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } },
  font: { name: 'Font', choices: { serif: 'Serif', sans: 'Sans-serif' } },
};

/** True when `value` is one of the choices of `name`. */
export function isSettingValue<K extends SettingName>(name: K, value: unknown): value is ReaderSettings[K] {
  return (SETTING_CHOICES[name] as readonly unknown[]).includes(value);
}

/** The attribute each setting sets on <html>: `data-theme`, `data-text-size`, … */
export const settingAttribute = (name: SettingName): string => `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Puts settings on an element (the document's root) as data attributes. */
export function applySettings(root: Element, settings: Partial<ReaderSettings>): void {
  for (const name of Object.keys(SETTING_CHOICES) as SettingName[]) {
    const value = settings[name];
    if (isSettingValue(name, value)) root.setAttribute(settingAttribute(name), value);
  }
}

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
