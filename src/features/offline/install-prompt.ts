import { createExternalState } from '../../lib/external-state.ts';

/** The event Chromium fires when the app can be installed (not yet in TypeScript's DOM types). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** The browser's offer to install, kept from the moment it fires (the button that uses it loads later). */
export const installPrompt = createExternalState<{ offer: BeforeInstallPromptEvent | null }>({ offer: null });

/** Starts listening for the install offer; call once, as early as possible. */
export function captureInstallPrompt(onInstalled: () => void): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installPrompt.set({ offer: event as BeforeInstallPromptEvent });
  });
  window.addEventListener('appinstalled', () => {
    installPrompt.set({ offer: null });
    onInstalled();
  });
}
