/**
 * The H5 page's root font size. Taro turns the design's px (750 wide) into rem, and its own
 * index.html script sets 1 rem to 40 × the window's shorter side / 750, between 20 and 40 px:
 * on a 1280 × 800 desk window that is 40 px, so body text (30 design px) came out at 30 px and
 * a page held little. The staff pages on a desk-wide window get the root size of a 400 px
 * phone instead (30 design px → 16 px); phones, and the citizen pages, keep Taro's rule.
 */

/**
 * Narrowest window (CSS px) that gets the desk layout of the staff pages; the app's own copy is
 * src/staff/desk/useDeskLayout.ts (the build's config cannot share modules with the app), and
 * a test checks that they agree.
 */
export const DESK_MIN_WIDTH = 1024

/**
 * Root font size in px. Self-contained (no outside names): the build puts its source into
 * index.html (`rootFontSizeScript`), where it runs before the app.
 */
export function rootFontSize(width: number, height: number, hash: string): number {
  // Keep equal to DESK_MIN_WIDTH (a test checks it).
  if (width >= 1024 && hash.indexOf('#/staff/') === 0) return 64 / 3
  const shorter = width > 0 && height > 0 ? Math.min(width, height) : width || height
  const size = (40 * shorter) / 750
  return size >= 40 ? 40 : size <= 20 ? 20 : size
}

/** The script for index.html, replacing Taro's: sets the size now, on resize and on navigation. */
export function rootFontSizeScript(): string {
  return `!function(w){var size=${rootFontSize.toString()};function set(){var e=w.document.documentElement,r=e.getBoundingClientRect();e.style.fontSize=size(r.width,r.height,w.location.hash)+"px"}w.addEventListener("resize",function(){set();setTimeout(set,500)});w.addEventListener("hashchange",set);set()}(window);`
}
