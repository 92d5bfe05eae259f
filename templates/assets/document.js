// The original / translation / both switch of a bilingual document. Without this script both
// texts show; the choice is remembered for the next page.
(function () {
  "use strict";
  var texts = document.getElementById("texts");
  if (!texts || !texts.classList.contains("bilingual")) { return; }
  var views = [["both", "Both"], ["translation", "Translation"], ["original", "Original"]];
  var key = "docedition-view";
  var group = document.createElement("div");
  group.className = "view-toggle";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Show");
  var label = document.createElement("span");
  label.textContent = "Show:";
  label.setAttribute("aria-hidden", "true");
  group.appendChild(label);
  function show(view) {
    texts.setAttribute("data-view", view);
    group.querySelectorAll("button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.value === view));
    });
    try { localStorage.setItem(key, view); } catch (e) { /* private mode: not remembered */ }
  }
  views.forEach(function (v) {
    var b = document.createElement("button");
    b.type = "button";
    b.value = v[0];
    b.textContent = v[1];
    b.addEventListener("click", function () { show(v[0]); });
    group.appendChild(b);
  });
  texts.parentNode.insertBefore(group, texts);
  var saved = null;
  try { saved = localStorage.getItem(key); } catch (e) { saved = null; }
  show(saved === "original" || saved === "translation" ? saved : "both");
}());

// Footnotes read in place: a note marker opens the note's text below its paragraph, and closes it
// again; without this script the marker jumps to the note at the end and its ↩ link comes back.
(function () {
  "use strict";
  document.querySelectorAll(".fnref a[href^='#']").forEach(function (a) {
    var note = document.getElementById(a.getAttribute("href").slice(1));
    if (!note) { return; }
    var box = null;
    a.setAttribute("aria-expanded", "false");
    a.addEventListener("click", function (event) {
      event.preventDefault();
      if (box) {
        box.remove();
        box = null;
        a.setAttribute("aria-expanded", "false");
        return;
      }
      box = document.createElement("span");
      box.className = "fn-inline";
      box.setAttribute("role", "note");
      box.id = "inline-" + note.id;
      var copy = note.cloneNode(true);
      copy.querySelectorAll(".fn-marker, .fn-back, [id]").forEach(function (e) {
        if (e.classList.contains("fn-marker") || e.classList.contains("fn-back")) { e.remove(); } else { e.removeAttribute("id"); }
      });
      box.innerHTML = copy.innerHTML;
      // at the end of the paragraph, so the sentence it interrupts still reads as one
      (a.closest("p, dd, li") || a.parentNode).appendChild(box);
      a.setAttribute("aria-controls", box.id);
      a.setAttribute("aria-expanded", "true");
    });
  });
}());
