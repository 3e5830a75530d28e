// The reading room works without JavaScript; this only adds the "Copy" button of the citation line
// (shown when the clipboard can be written) and, side by side, the highlighting of what a sentence
// is aligned with: each row is one bead of the alignment, so pointing at or focusing a sentence
// marks the other cell's sentences of its row, and scrolls them into view when the two sides are
// stacked (on a phone) so both scroll together.
function markCounterpart(segment, on) {
  const cell = segment.closest("td");
  const row = cell.parentElement;
  segment.classList.toggle("current", on);
  for (const other of row.querySelectorAll("td")) {
    if (other === cell) {
      continue;
    }
    for (const counterpart of other.querySelectorAll(".segment")) {
      counterpart.classList.toggle("counterpart", on);
    }
    if (on && other.querySelector(".segment") && other.offsetTop > cell.offsetTop) {
      other.scrollIntoView({ block: "nearest" });
    }
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table.parallel")) {
    for (const [start, end] of [["mouseover", "mouseout"], ["focusin", "focusout"]]) {
      table.addEventListener(start, (event) => {
        const segment = event.target.closest(".segment");
        if (segment) {
          markCounterpart(segment, true);
        }
      });
      table.addEventListener(end, (event) => {
        const segment = event.target.closest(".segment");
        if (segment) {
          markCounterpart(segment, false);
        }
      });
    }
  }

  for (const button of document.querySelectorAll("button[data-copy]")) {
    if (!navigator.clipboard) {
      continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = document.getElementById(button.dataset.copy).textContent.trim();
      await navigator.clipboard.writeText(text);
      const label = button.textContent;
      button.textContent = button.dataset.copied;
      setTimeout(() => { button.textContent = label; }, 2000);
    });
  }
});
