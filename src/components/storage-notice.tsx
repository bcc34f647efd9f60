import { useHydrated } from '../lib/use-hydrated.ts';
import type { StorageNotice as Notice } from '../store/store-types.ts';
import { readingStore, useReadingStore } from '../store/use-reading-store.ts';
import './storage-notice.css';

const messages: Record<Notice, string> = {
  recovered:
    'Some of your saved reading data could not be read, so Minutiae kept everything it could. A copy of the original is set aside in this browser.',
  unsaved:
    'This browser is not letting Minutiae save right now (its storage may be full or blocked). Your progress and bookmarks are kept until you close this tab.',
};

/** Tells the reader, once, when their stored reading data was damaged or cannot be saved. */
export function StorageNotice() {
  const hydrated = useHydrated();
  const notices = useReadingStore((s) => s.notices);
  if (!hydrated) return null;
  return (
    <div className="storage-notices" role="status">
      {notices.map((notice) => (
        <div key={notice} className="storage-notice" data-notice={notice}>
          <p>{messages[notice]}</p>
          <button type="button" className="storage-notice__dismiss" onClick={() => readingStore.store.getState().dismissNotice(notice)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
