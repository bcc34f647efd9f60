import { defaultPreferences } from '../preferences.ts';
import type { PreferencesSlice, SliceCreator } from '../store-types.ts';

/** The preferences slice: one timestamp for all of them, so tabs merge preferences as a whole. */
export const createPreferencesSlice =
  (now: () => number): SliceCreator<PreferencesSlice> =>
  (set) => ({
    preferences: defaultPreferences(),
    setPreferences: (values) => set((state) => ({ preferences: { ...state.preferences, ...values, updatedAt: now() } })),
  });
