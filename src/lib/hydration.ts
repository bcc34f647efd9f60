let hydrating = false;

/** The client entry calls this just before `hydrateRoot`: what renders first adopts prerendered HTML. */
export function beginHydration(): void {
  hydrating = true;
}

/** The first commit is in: from now on, components mount fresh rather than over server HTML. */
export function endHydration(): void {
  hydrating = false;
}

/**
 * True while React's first pass is adopting the prerendered page. Read once, when a component is
 * created (a `useState` initialiser), never as state: it must not re-render anything.
 */
export function isHydrating(): boolean {
  return hydrating;
}
