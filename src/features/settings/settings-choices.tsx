import { applySettings, SETTING_CHOICES, type ReaderSettings, type SettingName } from '../../shared/reader-settings.ts';
import { SETTING_LABELS } from './setting-labels.ts';
import { useReadingStore } from '../../store/use-reading-store.ts';
import { keepReadingPosition } from './keep-reading-position.ts';
import { useSettings } from './use-applied-settings.ts';

const ORDER: SettingName[] = ['theme', 'textSize', 'lineWidth', 'font'];

/** The radio groups of the reading settings panel. */
export function SettingsChoices() {
  const settings = useSettings();
  const setPreferences = useReadingStore((s) => s.setPreferences);
  const groupName = 'reading-settings';

  const choose = <K extends SettingName>(name: K, value: ReaderSettings[K]) =>
    keepReadingPosition(() => {
      const change = { [name]: value } as Partial<ReaderSettings>;
      // Reflow now, not after React's next effect, so the position can be restored in the same frame.
      applySettings(document.documentElement, change);
      setPreferences(change);
    });

  return (
    <>
      {ORDER.map((name) => (
        <fieldset key={name} className="settings__group">
          <legend>{SETTING_LABELS[name].name}</legend>
          <div className="settings__choices">
            {SETTING_CHOICES[name].map((value) => (
              <label key={value} className="settings__choice">
                <input
                  type="radio"
                  name={`${groupName}-${name}`}
                  value={value}
                  checked={settings[name] === value}
                  onChange={() => choose(name, value as ReaderSettings[typeof name])}
                />
                <span>{(SETTING_LABELS[name].choices as Record<string, string>)[value]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
