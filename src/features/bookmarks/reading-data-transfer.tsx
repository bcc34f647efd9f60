import { useId, useState, type ChangeEvent } from 'react';
import { useHydrated } from '../../lib/use-hydrated.ts';
import { buildExport, exportFileName, importIntoStore, type ImportRefusal, type ImportReport } from '../../store/transfer.ts';
import { readingStore, useReadingStore } from '../../store/use-reading-store.ts';
import './bookmarks.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an import did, in a sentence or two. */
export function describeImport(report: ImportReport): string {
  const added = [
    report.addedBookmarks ? plural(report.addedBookmarks, 'bookmark', 'bookmarks') : '',
    report.addedProgress ? `reading progress for ${plural(report.addedProgress, 'article', 'articles')}` : '',
  ].filter(Boolean);
  const parts = [added.length ? `Added ${added.join(' and ')}.` : 'Nothing new to add.'];
  if (report.updated) parts.push(`Updated ${plural(report.updated, 'item', 'items')} that had changed since.`);
  if (report.preferencesUpdated) parts.push('Updated your preferences.');
  if (report.skipped) parts.push(`Skipped ${plural(report.skipped, 'item', 'items')} already here.`);
  if (report.invalid) parts.push(`Skipped ${plural(report.invalid, 'item', 'items')} that could not be read.`);
  return parts.join(' ');
}

const refusals: Record<ImportRefusal | 'unreadable', string> = {
  'not-json': 'That file is not a Minutiae export (it is not JSON). Nothing was changed.',
  'not-reading-data': 'That file is not a Minutiae reading data export. Nothing was changed.',
  'newer-version': 'That file was made by a newer version of Minutiae. Reload the page to update, then try again. Nothing was changed.',
  unreadable: 'That file could not be read. Nothing was changed.',
};

/** Export all reading data to a JSON file, and import such a file back (merged, never replacing). */
export function ReadingDataTransfer() {
  const hydrated = useHydrated();
  const ready = useReadingStore((s) => s.ready);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const inputId = useId();
  if (!hydrated || !ready) return null;

  const exportData = () => {
    const now = Date.now();
    const { progress, bookmarks, preferences } = readingStore.store.getState();
    const blob = new Blob([`${JSON.stringify(buildExport({ progress, bookmarks, preferences }, now), null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage({ ok: true, text: `Exported to ${link.download}.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ ok: false, text: refusals.unreadable });
      return;
    }
    const result = importIntoStore(readingStore.store, text);
    setMessage(result.ok ? { ok: true, text: describeImport(result.report) } : { ok: false, text: refusals[result.reason] });
  };

  return (
    <section className="reading-data" aria-labelledby="reading-data-heading">
      <h2 id="reading-data-heading">Your reading data</h2>
      <p>
        Bookmarks, reading progress and preferences are kept in this browser only. Export them to a file to keep a copy or to move them to another
        browser; importing a file adds what is new and keeps everything already here.
      </p>
      <div className="reading-data__actions">
        <button type="button" className="button" onClick={exportData}>
          Export reading data
        </button>
        <input id={inputId} className="reading-data__file" type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
        <label htmlFor={inputId} className="button">
          Import reading data…
        </label>
      </div>
      <p className="reading-data__message" role="status" data-ok={message ? message.ok : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
