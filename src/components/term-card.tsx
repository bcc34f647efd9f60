import { autoUpdate, flip, hide, inline, offset, shift, size, useFloating, type ReferenceType } from '@floating-ui/react-dom';
import { useCallback, useId, type FocusEvent, type PointerEvent } from 'react';
import { Link } from 'react-router';
import type { TermPreview } from '../shared/content-types.ts';
import { paths } from '../shared/paths.ts';
import './term-card.css';

/** Room kept between the card and the edges of the viewport, in pixels. */
const EDGE = 8;
/** The card's widest, in pixels: about a line of 45 characters. */
const MAX_WIDTH = 352;

/** What the trigger's hook hands the card: where it hangs, and its pointer and focus handlers. */
export interface TermCardProps {
  preview: TermPreview;
  anchor: ReferenceType | null;
  setCard: (node: HTMLElement | null) => void;
  handlers: {
    onPointerEnter: (event: PointerEvent) => void;
    onPointerLeave: (event: PointerEvent) => void;
    onBlur: (event: FocusEvent) => void;
  };
}

/**
 * The preview card of a glossary term: its name, short definition and a link to the full entry.
 * Fixed to the viewport (so it shifts no text and no scrolling box clips it), placed below the
 * term or above it when there is no room, and kept clear of the screen edges and the sticky header.
 */
export function TermCard({ preview, anchor, setCard, handlers }: TermCardProps) {
  const titleId = useId();
  const shortId = useId();
  const top = obscuredTop();
  const { refs, floatingStyles, isPositioned, middlewareData } = useFloating({
    open: true,
    strategy: 'fixed',
    placement: 'bottom-start',
    elements: { reference: anchor },
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(6),
      // A term broken over two lines: hang the card from the nearer line, not the box around both.
      inline(),
      flip({ padding: { top: top + EDGE, bottom: EDGE } }),
      shift({ padding: EDGE }),
      size({
        padding: EDGE,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.maxWidth = `${Math.min(MAX_WIDTH, Math.floor(availableWidth))}px`;
          elements.floating.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
        },
      }),
      hide({ padding: { top } }),
    ],
  });
  const hidden = !isPositioned || middlewareData.hide?.referenceHidden;
  const { setFloating } = refs;
  const setRef = useCallback(
    (node: HTMLElement | null) => {
      setFloating(node);
      setCard(node);
    },
    [setFloating, setCard],
  );

  return (
    <span
      ref={setRef}
      className="term-card"
      role="group"
      aria-labelledby={titleId}
      aria-describedby={shortId}
      data-term-card={preview.id}
      style={{ ...floatingStyles, visibility: hidden ? 'hidden' : 'visible' }}
      {...handlers}
    >
      <span className="term-card__eyebrow" aria-hidden="true">
        Glossary
      </span>
      <span className="term-card__term" id={titleId}>
        {preview.term}
      </span>
      <span className="term-card__short" id={shortId}>
        {preview.short}
      </span>
      {/* Out of the tab order: the focused term already leads to the same page. */}
      <Link className="term-card__more" to={paths.term(preview.id)} tabIndex={-1}>
        {'Read the full entry '}
        <span className="visually-hidden">on {preview.term}</span>
        <span aria-hidden="true"> →</span>
      </Link>
    </span>
  );
}

/** The band at the top of the viewport the page covers with its sticky header (its `scroll-padding-top`). */
function obscuredTop(): number {
  const value = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  return Number.isFinite(value) ? value : 0;
}
