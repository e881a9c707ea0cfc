/** A box's vertical extent in viewport coordinates, measured when asked (it moves as things scroll). */
type Extent = () => { top: number; bottom: number };

/**
 * Brings what `extent` measures into view inside `scroller`, the box that scrolls it (the token
 * panel beside the bank on a wide screen scrolls on its own): within the part of the scroller the
 * window shows, so that the page, and the bank form in it, stays where it is. Only what that cannot
 * bring into view (a scroller that does not scroll, or not far enough) scrolls the page, as little
 * as it takes. `clearTop` px at the window's top stay clear (a sticky bar over the page). Something
 * taller than the room shows its top.
 */
export function revealWithin(scroller: Element, extent: Extent, clearTop = 0) {
  if (scroller.scrollHeight > scroller.clientHeight) {
    const view = scroller.getBoundingClientRect();
    scroller.scrollTop += delta(
      extent(),
      Math.max(view.top, clearTop),
      Math.min(view.bottom, window.innerHeight),
    );
  }
  const by = delta(extent(), clearTop, window.innerHeight);
  if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
}

/**
 * How far to scroll for `box` to fit between `top` and `bottom`, its top first: in whole pixels,
 * rounded away from zero, as scroll positions are whole pixels.
 */
function delta(box: { top: number; bottom: number }, top: number, bottom: number): number {
  if (box.top < top) return Math.floor(box.top - top);
  if (box.bottom > bottom) return Math.ceil(Math.min(box.bottom - bottom, box.top - top));
  return 0;
}
