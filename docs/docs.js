// The docs page's own script (scripts/build-docs.mjs copies it beside index.html).
// Copy buttons: each copies its snippet and says how that went in its polite status region.
// Call buttons: each calls a public method of its live example (e.g. opens the software keyboard).

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
