import { useCallback, useEffect, useRef, useState, type FocusEvent, type MouseEvent, type PointerEvent } from 'react';

/** How long a mouse must rest on a term before its preview opens, so passing over text stays quiet. */
export const OPEN_DELAY_MS = 300;
/** Grace period to cross the gap between a term and its card without the card closing. */
export const CLOSE_DELAY_MS = 200;
/** A focus this soon after a press on the trigger came from the pointer, not the keyboard. */
const POINTER_FOCUS_MS = 600;

/** Only one preview is open at a time: opening one closes the other. */
let closeCurrent: (() => void) | null = null;

const contains = (element: Element | null, node: EventTarget | null) => !!element && node instanceof Node && element.contains(node);

/**
 * When a term's preview card is open. A mouse opens it after {@link OPEN_DELAY_MS} and leaving
 * both term and card closes it; keyboard focus opens it at once and moving focus away closes it;
 * a tap opens it instead of following the link (the card's own link navigates). Escape closes it
 * and keeps it closed until the pointer or focus leaves, a press outside closes it.
 */
export function usePreviewTrigger(trigger: HTMLElement | null, card: HTMLElement | null) {
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const press = useRef<{ type: string; at: number } | null>(null);
  const dismissed = useRef(false);

  const cancel = useCallback(() => clearTimeout(timer.current), []);
  const close = useCallback(() => {
    cancel();
    setOpen(false);
  }, [cancel]);
  const show = useCallback(() => {
    cancel();
    if (dismissed.current) return;
    setOpen(true);
  }, [cancel]);
  const later = useCallback(
    (action: () => void, ms: number) => {
      cancel();
      timer.current = setTimeout(action, ms);
    },
    [cancel],
  );

  useEffect(() => cancel, [cancel]);

  useEffect(() => {
    if (!open) return;
    if (closeCurrent && closeCurrent !== close) closeCurrent();
    closeCurrent = close;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      dismissed.current = true;
      if (contains(card, document.activeElement)) trigger?.focus();
      close();
    };
    const onPointerDown = (event: globalThis.PointerEvent) => {
      if (!contains(trigger, event.target) && !contains(card, event.target)) close();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      if (closeCurrent === close) closeCurrent = null;
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close, trigger, card]);

  const hovering = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen';
  const leftBoth = (event: FocusEvent) => !contains(trigger, event.relatedTarget) && !contains(card, event.relatedTarget);

  const triggerProps = {
    onPointerDown: (event: PointerEvent) => {
      press.current = { type: event.pointerType, at: performance.now() };
    },
    onPointerEnter: (event: PointerEvent) => {
      if (!hovering(event)) return;
      if (open) cancel();
      else later(show, OPEN_DELAY_MS);
    },
    onPointerLeave: (event: PointerEvent) => {
      if (!hovering(event)) return;
      dismissed.current = false;
      if (open) later(close, CLOSE_DELAY_MS);
      else cancel();
    },
    onFocus: () => {
      // Focus that follows a press is the pointer's doing: a click navigates, a tap is handled below.
      const pressed = press.current && performance.now() - press.current.at < POINTER_FOCUS_MS;
      if (!pressed) show();
    },
    onBlur: (event: FocusEvent) => {
      if (!leftBoth(event)) return;
      dismissed.current = false;
      close();
    },
    onClick: (event: MouseEvent) => {
      const tapped = press.current?.type === 'touch';
      press.current = null;
      // A tap previews first; a second tap, or the card's link, follows it.
      if (tapped && !open) {
        event.preventDefault();
        dismissed.current = false;
        show();
      }
    },
  };

  const cardProps = {
    onPointerEnter: (event: PointerEvent) => {
      if (hovering(event)) cancel();
    },
    onPointerLeave: (event: PointerEvent) => {
      if (hovering(event)) later(close, CLOSE_DELAY_MS);
    },
    onBlur: (event: FocusEvent) => {
      if (leftBoth(event)) close();
    },
  };

  return { open, close, triggerProps, cardProps };
}
