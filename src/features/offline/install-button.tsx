import { installPrompt } from './install-prompt.ts';

/** "Install app", shown only while the browser offers installation; gone once installed. */
export function InstallButton() {
  const { offer } = installPrompt.use();
  if (!offer) return null;
  return (
    <button
      type="button"
      className="button install-button"
      onClick={async () => {
        await offer.prompt();
        await offer.userChoice;
        // An offer can be used once; after a refusal the browser may offer again later.
        installPrompt.set({ offer: null });
      }}
    >
      Install app
    </button>
  );
}
