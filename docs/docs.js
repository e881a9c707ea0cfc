// The docs page's own script (scripts/build-docs.mjs copies it beside index.html).
// Copy buttons: each copies its snippet and says how that went in its polite status region.
// Call buttons: each calls a public method of its live example (e.g. opens the software keyboard).
// A classic script (the page works opened from disk, where Chromium runs no module script file).

const STATUS_MS = 4000;

async function copySnippet(button) {
  const code = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.status);
  if (!code || !status) return;
  let copied = false;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copied = true;
  } catch {
    // No clipboard (not a secure context, or refused): select the snippet for the keyboard instead.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  // Empty the region first, so that copying twice in a row is announced twice.
  status.textContent = '';
  await new Promise((resolve) => setTimeout(resolve, 50));
  status.textContent = copied
    ? 'Snippet copied.'
    : 'Could not copy: the snippet is selected, press Ctrl+C (⌘C).';
  clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(setTimeout(() => (status.textContent = ''), STATUS_MS));
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', () => void copySnippet(button));
}

for (const button of document.querySelectorAll('button[data-call]')) {
  button.addEventListener('click', () => {
    const target = document.getElementById(button.dataset.target);
    const method = button.dataset.call;
    if (target && typeof target[method] === 'function') target[method]();
  });
}

// The table of contents marks the section being read (aria-current), so that on a wide screen, where
// it stays in view, it says where the page is.
const contentsLinks = new Map(
  [...document.querySelectorAll('.contents a[href^="#"]')].map((link) => [link.hash.slice(1), link]),
);
const visible = new Set();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target);
      else visible.delete(entry.target);
    }
    // The first section in the page's order that is in view.
    const current = [...contentsLinks.keys()]
      .map((id) => document.getElementById(id))
      .find((section) => section && visible.has(section));
    for (const [id, link] of contentsLinks) {
      if (current && id === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  },
  // A section counts as read while it crosses the upper part of the window.
  { rootMargin: '0px 0px -60% 0px' },
);
for (const id of contentsLinks.keys()) {
  const section = document.getElementById(id);
  if (section) observer.observe(section);
}
