import { useRef } from 'react';
import { SHORTCUTS, useKeyboardShortcuts } from './keyboard-shortcuts.tsx';
import './shortcuts-dialog.css';

/** Installs the keyboard shortcuts and the `?` dialog that lists them (a native modal dialog: focus is trapped and returns on close). */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useKeyboardShortcuts(dialog);
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClick={(e) => e.target === dialog.current && dialog.current.close()}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts__table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={`${s.keys.join('+')}-${s.action}`}>
              <td>
                {s.keys.map((key, i) => (
                  <span key={key + String(i)}>
                    {i > 0 ? (s.keys[0] === 'Ctrl' ? ' + ' : ' then ') : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
