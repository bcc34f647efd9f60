import type { ReaderSettings, SettingName } from '../../shared/reader-settings.ts';

/** Words for each choice, as the settings panel shows them. */
export const SETTING_LABELS: { [K in SettingName]: { name: string; choices: Record<ReaderSettings[K], string> } } = {
  theme: { name: 'Theme', choices: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' } },
  textSize: { name: 'Text size', choices: { xs: 'Smallest', s: 'Small', m: 'Medium', l: 'Large', xl: 'Larger', xxl: 'Largest' } },
  lineWidth: { name: 'Line width', choices: { narrow: 'Narrow', medium: 'Medium', wide: 'Wide' } },
  font: { name: 'Font', choices: { serif: 'Serif', sans: 'Sans-serif' } },
};

