/**
 * Reader settings: the choices, their defaults, and how they reach the page. They are applied as
 * `data-*` attributes on <html>, so CSS does the rest; a script inlined in every page's head
 * applies the stored ones before first paint (see `settings-boot.ts`).
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
