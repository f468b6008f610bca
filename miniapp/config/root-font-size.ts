/**
 * The H5 page's root font size. Taro turns the design's px (750 wide) into rem, and its own
 * index.html script sets 1 rem to 40 × the window's shorter side / 750, between 20 and 40 px:
 * on a 1280 × 800 desk window that is 40 px, so body text (30 design px) came out at 30 px and
 * text without a size of its own (inheriting the root's) at 40 px. The staff pages on a
 * desk-wide window get the root size of a 400 px phone instead, and their body the design's
 * 30 px (styles/h5.scss: `.zm-staff-desk body`), 16 px; phones, and the citizen pages, keep
 * Taro's rule.
 */

/**
 * Narrowest window (CSS px) that gets the desk layout of the staff pages; the app's own copy is
 * src/staff/desk/useDeskLayout.ts (the build's config cannot share modules with the app), and
 * a test checks that they agree.
 */
export const DESK_MIN_WIDTH = 1024

/**
 * Root font size in px, and whether this is a staff page on a desk. Self-contained (no outside
 * names): the build puts its source into index.html (`rootFontSizeScript`), where it runs
 * before the app.
 */
export function rootFontSize(
  width: number,
  height: number,
  hash: string,
): { size: number; staffDesk: boolean } {
  // Keep equal to DESK_MIN_WIDTH (a test checks it).
  if (width >= 1024 && hash.indexOf('#/staff/') === 0) return { size: 64 / 3, staffDesk: true }
  const shorter = width > 0 && height > 0 ? Math.min(width, height) : width || height
  const size = (40 * shorter) / 750
  return { size: size >= 40 ? 40 : size <= 20 ? 20 : size, staffDesk: false }
}

/**
 * The script for index.html, replacing Taro's: sets the size now, on resize and whenever the
 * address changes (Taro's hash router moves with history.pushState, which fires no event).
 */
export function rootFontSizeScript(): string {
  return `!function(w){var measure=${rootFontSize.toString()};function set(){var e=w.document.documentElement,r=e.getBoundingClientRect(),m=measure(r.width,r.height,w.location.hash);e.style.fontSize=m.size+"px";e.classList.toggle("zm-staff-desk",m.staffDesk)}["pushState","replaceState"].forEach(function(name){var original=w.history[name];w.history[name]=function(){var result=original.apply(this,arguments);set();return result}});w.addEventListener("resize",function(){set();setTimeout(set,500)});w.addEventListener("popstate",set);w.addEventListener("hashchange",set);set()}(window);`
}
