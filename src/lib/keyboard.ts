/** Inputs that take typing; a key pressed in one belongs to it, never to a shortcut. */
const TEXT_FIELD = 'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=range],[type=color],[type=file],[type=image]), textarea, select';

/** True while the reader is typing in a field, where shortcuts must never fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest(TEXT_FIELD) !== null;
}
