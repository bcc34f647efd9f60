import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useAppliedSettings } from './use-applied-settings.ts';
import './settings.css';

// The choices load on first open: the toggle is on every page, the panel is rarely used.
const SettingsChoices = lazy(() => import('./settings-choices.tsx').then((m) => ({ default: m.SettingsChoices })));

/** "Reading settings": a disclosure in the header with the theme, text size, line width and font. */
export function SettingsPanel() {
  useAppliedSettings();
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
        {open ? (
          <Suspense fallback={<p className="settings__loading">Loading…</p>}>
            <SettingsChoices />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
