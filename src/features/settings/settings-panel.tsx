import { useEffect, useId, useRef, useState } from 'react';
import { applySettings, SETTING_CHOICES, SETTING_LABELS, type ReaderSettings, type SettingName } from '../../shared/reader-settings.ts';
import { useReadingStore } from '../../store/use-reading-store.ts';
import { keepReadingPosition } from './keep-reading-position.ts';
import { useAppliedSettings, useSettings } from './use-applied-settings.ts';
import './settings.css';

const ORDER: SettingName[] = ['theme', 'textSize', 'lineWidth', 'font'];

/** "Reading settings": a disclosure in the header with the theme, text size, line width and font. */
export function SettingsPanel() {
  useAppliedSettings();
  const settings = useSettings();
  const setPreferences = useReadingStore((s) => s.setPreferences);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        setOpen(false);
        toggle.current?.focus();
        return;
      }
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, [open]);

  const choose = <K extends SettingName>(name: K, value: ReaderSettings[K]) =>
    keepReadingPosition(() => {
      const change = { [name]: value } as Partial<ReaderSettings>;
      // Reflow now, not after React's next effect, so the position can be restored in the same frame.
      applySettings(document.documentElement, change);
      setPreferences(change);
    });

  return (
    <div className="settings" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="settings__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        title="Reading settings"
      >
        <span aria-hidden="true">Aa</span>
        <span className="visually-hidden">Reading settings</span>
      </button>
      <div className="settings__panel" id={panelId} hidden={!open} role="group" aria-label="Reading settings">
        {ORDER.map((name) => (
          <fieldset key={name} className="settings__group">
            <legend>{SETTING_LABELS[name].name}</legend>
            <div className="settings__choices">
              {SETTING_CHOICES[name].map((value) => (
                <label key={value} className="settings__choice">
                  <input
                    type="radio"
                    name={`${panelId}-${name}`}
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
      </div>
    </div>
  );
}
