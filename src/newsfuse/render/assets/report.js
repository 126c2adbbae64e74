// newsfuse report: optional enhancements; everything is readable without this script.
(function () {
  "use strict";
  // A cited span may be split into several <mark> pieces where spans overlap:
  // light up every piece of the span the address points to.
  function highlight() {
    var old = document.querySelectorAll("mark.hit");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("hit");
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var marks = document.querySelectorAll("mark[data-ev]");
    for (var j = 0; j < marks.length; j++) {
      if ((" " + marks[j].getAttribute("data-ev") + " ").indexOf(" " + id + " ") >= 0) {
        marks[j].classList.add("hit");
      }
    }
  }
  window.addEventListener("hashchange", highlight);
  highlight();

  // Keep a tooltip inside the window: open it leftwards near the right edge.
  function place(event) {
    var wrap = event.target.closest && event.target.closest(".cite-wrap");
    if (!wrap) return;
    document.body.classList.remove("tips-off");
    wrap.classList.remove("flip");
    var tip = wrap.querySelector(".tip");
    if (tip && tip.getBoundingClientRect().right > document.documentElement.clientWidth - 8) {
      wrap.classList.add("flip");
    }
  }
  document.addEventListener("mouseover", place);
  document.addEventListener("focusin", place);

  // Escape dismisses an open tooltip without moving focus (WCAG 1.4.13).
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") document.body.classList.add("tips-off");
  });
})();
