// The reading room works without JavaScript; this only adds the "Copy" button of the citation line
// (shown when the clipboard can be written) and, side by side, the highlighting of what a sentence
// is aligned with: each row is one bead of the alignment, so pointing at a sentence marks the other
// cell's sentences of its row, and focusing a row (one tab stop a row) marks the sentences of both
// its cells; the other cell is scrolled into view when the two sides are stacked (on a phone) so
// both scroll together.
function markCounterpart(cell, on) {
  const row = cell.parentElement;
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
    for (const [start, on] of [["mouseover", true], ["mouseout", false]]) {
      table.addEventListener(start, (event) => {
        const segment = event.target.closest(".segment");
        if (segment) {
          segment.classList.toggle("current", on);
          markCounterpart(segment.closest("td"), on);
        }
      });
    }
    for (const [start, on] of [["focusin", true], ["focusout", false]]) {
      table.addEventListener(start, (event) => {
        const row = event.target.closest("tbody tr");
        const first = row && row.querySelector("td");
        if (first) {
          for (const segment of first.querySelectorAll(".segment")) {
            segment.classList.toggle("counterpart", on);
          }
          markCounterpart(first, on);
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
