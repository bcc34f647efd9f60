import { lazy, Suspense, useId, useState, type ComponentProps } from 'react';
import { Link } from 'react-router';
import type { TermPreview } from '../shared/content-types.ts';
import { usePreviewTrigger } from './use-preview-trigger.ts';

// The card and its positioning code load with the first preview, not with every page that has
// term links; hovering or focusing a term starts the load before the card is due.
const loadCard = () => import('./term-card.tsx');
const TermCard = lazy(async () => ({ default: (await loadCard()).TermCard }));
const preload = () => void loadCard();

/** Props of {@link TermLink}: an ordinary link's, plus the term it previews. */
export type TermLinkProps = Omit<ComponentProps<typeof Link>, 'to'> & { href: string; preview: TermPreview };

/**
 * A link to a glossary term that previews it: hover, keyboard focus or a tap shows a card with the
 * short definition. The definition is also the link's accessible description, so a screen reader
 * announces it with the link whether or not the card is open.
 */
export function TermLink({ href, preview, children, ...rest }: TermLinkProps) {
  const descriptionId = useId();
  const [trigger, setTrigger] = useState<HTMLAnchorElement | null>(null);
  const [card, setCard] = useState<HTMLElement | null>(null);
  const { open, triggerProps, cardProps } = usePreviewTrigger(trigger, card);
  return (
    <>
      <Link
        ref={setTrigger}
        to={href}
        aria-describedby={descriptionId}
        data-previewing={open || undefined}
        {...rest}
        {...triggerProps}
        onPointerEnter={(event) => {
          preload();
          triggerProps.onPointerEnter(event);
        }}
        onFocus={() => {
          preload();
          triggerProps.onFocus();
        }}
      >
        {children}
      </Link>
      <span id={descriptionId} hidden>
        {preview.short}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <TermCard preview={preview} anchor={trigger} setCard={setCard} handlers={cardProps} />
        </Suspense>
      ) : null}
    </>
  );
}
