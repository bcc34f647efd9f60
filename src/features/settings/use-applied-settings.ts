import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applySettings, type ReaderSettings } from '../../shared/reader-settings.ts';
import { useReadingStore } from '../../store/use-reading-store.ts';

/** Page colours for the browser's UI when the reader picks a theme rather than following the system. */
const THEME_COLOR: Record<ReaderSettings['theme'], string | null> = { system: null, light: '#fbfaf7', dark: '#161513', sepia: '#f4ecd8' };

/** The reader's settings from the store. */
export function useSettings(): ReaderSettings {
  return useReadingStore(
    useShallow((s) => ({ theme: s.preferences.theme, textSize: s.preferences.textSize, lineWidth: s.preferences.lineWidth, font: s.preferences.font })),
  );
}

/** Keeps <html>'s setting attributes (set first by the boot script) and the browser's theme colour in step with the store. */
export function useAppliedSettings(): void {
  const settings = useSettings();
  // Until stored data is read, the store holds defaults: leave the boot script's attributes alone.
  const ready = useReadingStore((s) => s.ready);
  useEffect(() => {
    if (!ready) return;
    applySettings(document.documentElement, settings);
    const forced = THEME_COLOR[settings.theme];
    for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
      meta.dataset.systemContent ??= meta.content;
      meta.content = forced ?? meta.dataset.systemContent;
    }
  }, [settings, ready]);
}
