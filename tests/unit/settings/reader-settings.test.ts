import { afterEach, describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, isSettingValue, settingAttribute } from '../../../src/shared/reader-settings.ts';
import { settingsBootScript } from '../../../src/shared/settings-boot.ts';
import { sanitizePreferences } from '../../../src/store/preferences.ts';

const KEY = 'minutiae:reading-data';
const root = document.documentElement;
const clampTime = (t: unknown) => (typeof t === 'number' && t >= 0 ? t : null);

afterEach(() => {
  localStorage.clear();
  for (const name of ['data-theme', 'data-text-size', 'data-line-width', 'data-font']) root.removeAttribute(name);
});

describe('reader settings', () => {
  it.each([
    ['theme', 'sepia', true],
    ['theme', 'purple', false],
    ['textSize', 'xxl', true],
    ['textSize', 7, false],
    ['lineWidth', 'wide', true],
    ['font', 'serif', true],
    ['font', '<script>', false],
  ] as const)('%s = %s is valid: %s', (name, value, valid) => {
    expect(isSettingValue(name, value)).toBe(valid);
  });

  it('puts settings on <html> as data attributes and ignores unknown values', () => {
    applySettings(root, { theme: 'dark', textSize: 'xl', font: 'nope' as never });
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute(settingAttribute('textSize'))).toBe('xl');
    expect(root.hasAttribute('data-font')).toBe(false);
  });

  it('the boot script applies stored settings before the app runs', () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { preferences: { theme: 'sepia', textSize: 'l', lineWidth: 'narrow', font: 'sans', updatedAt: 1 } }, version: 1 }));
    new Function(settingsBootScript(KEY))();
    expect([root.dataset.theme, root.dataset.textSize, root.dataset.lineWidth, root.dataset.font]).toEqual(['sepia', 'l', 'narrow', 'sans']);
  });

  it.each(['{not json', JSON.stringify({ state: { preferences: { theme: 'javascript:alert(1)', textSize: 99 } } }), JSON.stringify([1, 2])])(
    'the boot script leaves the defaults for unreadable or invalid stored data: %s',
    (raw) => {
      localStorage.setItem(KEY, raw);
      expect(() => new Function(settingsBootScript(KEY))()).not.toThrow();
      expect(root.hasAttribute('data-theme')).toBe(false);
      expect(root.hasAttribute('data-text-size')).toBe(false);
    },
  );

  it('stored preferences with invalid values fall back to the defaults, counted as repaired', () => {
    const { preferences, repaired } = sanitizePreferences({ theme: 'neon', textSize: 'xs', font: 3, updatedAt: 5, extra: true }, clampTime);
    expect(preferences).toEqual({ ...DEFAULT_SETTINGS, textSize: 'xs', updatedAt: 5 });
    expect(repaired).toBe(2);
  });
});
