import { useEffect, useRef, type RefObject } from 'react';
import { useNavigate } from 'react-router';
import { isTyping } from '../lib/keyboard.ts';
import { paths } from '../shared/paths.ts';

/** Every shortcut, as the `?` dialog lists them. */
export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ['j'], action: 'Next section' },
  { keys: ['k'], action: 'Previous section' },
  { keys: ['b'], action: 'Bookmark the current section' },
  { keys: ['/'], action: 'Search' },
  { keys: ['Ctrl', 'K'], action: 'Search' },
  { keys: ['g', 'l'], action: 'Go to the library' },
  { keys: ['g', 'g'], action: 'Go to the glossary' },
  { keys: ['g', 'b'], action: 'Go to bookmarks' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

/** How long after `g` the second key of a "go to" shortcut counts. */
const CHORD_MS = 1500;

/** Section headings of the article being read, in order. */
const sectionHeadings = () => [...document.querySelectorAll<HTMLElement>('main .section-heading > h2[id], main .section-heading > h3[id]')];

/** Where reading happens: just below the sticky header. */
const readingLine = () => (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 16;

/** The heading of the section being read: the last one at or above the reading line. */
function currentIndex(headings: HTMLElement[]): number {
  // Right after j/k the page may still be scrolling: the focused heading is the current one.
  const focused = headings.indexOf(document.activeElement as HTMLElement);
  if (focused !== -1) return focused;
  const line = readingLine() + 4;
  let index = -1;
  headings.forEach((heading, i) => {
    if (heading.getBoundingClientRect().top <= line) index = i;
  });
  return index;
}

function goToSection(step: 1 | -1) {
  const headings = sectionHeadings();
  if (!headings.length) return;
  const index = currentIndex(headings);
  const target = headings[Math.min(headings.length - 1, Math.max(0, index + step))];
  if (!target) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: reduce ? 'instant' : 'smooth' });
}

function bookmarkCurrentSection() {
  const headings = sectionHeadings();
  const heading = headings[Math.max(0, currentIndex(headings))];
  heading?.closest('.section-heading')?.querySelector<HTMLButtonElement>('button[aria-pressed]')?.click();
}

/** Keyboard shortcuts for the whole app; `?` opens the list in `dialog`. */
export function useKeyboardShortcuts(dialog: RefObject<HTMLDialogElement | null>): void {
  const navigate = useNavigate();
  const pendingGo = useRef(0);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || dialog.current?.open) return;
      const chord = Date.now() - pendingGo.current < CHORD_MS;
      pendingGo.current = 0;
      if (chord) {
        const to = { l: paths.library(), g: paths.glossary(), b: paths.bookmarks() }[event.key];
        if (to) {
          event.preventDefault();
          void navigate(to);
          return;
        }
      }
      switch (event.key) {
        case 'g':
          pendingGo.current = Date.now();
          return;
        case 'j':
          goToSection(1);
          break;
        case 'k':
          goToSection(-1);
          break;
        case 'b':
          bookmarkCurrentSection();
          break;
        case '?':
          dialog.current?.showModal();
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate, dialog]);
}
