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

// Footnotes read in place: a note marker opens the note's text right after the marker, labelled
// with the note's marker and a link to the note's own address (#fn-N, its entry in the notes at
// the end), and closes it again. Focus stays on the marker, and the note follows it in the tab
// order, so Tab moves into the open note; Escape closes it. Without this script the marker jumps
// to the note at the end and the note's ↩ links come back to each place it is cited.
(function () {
  "use strict";
  function close(a, box) {
    box.remove();
    a.setAttribute("aria-expanded", "false");
  }
  document.querySelectorAll(".fnref a[href^='#']").forEach(function (a) {
    var note = document.getElementById(a.getAttribute("href").slice(1));
    if (!note) { return; }
    var sup = a.parentNode;
    var marker = note.querySelector(".fn-marker");
    var label = "Note " + (marker ? marker.textContent.trim() : a.textContent.trim());
    var box = null;
    a.setAttribute("aria-expanded", "false");
    a.addEventListener("click", function (event) {
      event.preventDefault();
      if (box && box.isConnected) {
        close(a, box);
        box = null;
        return;
      }
      // one box per marker: a note cited twice opens beside the marker that was pressed
      var id = "inline-" + a.id;
      box = document.createElement("span");
      box.className = "fn-inline";
      box.id = id;
      box.setAttribute("role", "note");
      box.setAttribute("aria-labelledby", id + "-label");
      var head = document.createElement("span");
      head.className = "fn-inline-head";
      var link = document.createElement("a");
      link.id = id + "-label";
      link.className = "fn-inline-label";
      link.href = "#" + note.id;
      link.textContent = label;
      head.appendChild(link);
      var shut = document.createElement("button");
      shut.type = "button";
      shut.className = "fn-inline-close";
      shut.setAttribute("aria-label", "Close " + label.toLowerCase());
      shut.textContent = "×";
      shut.addEventListener("click", function () {
        close(a, box);
        box = null;
        a.focus();
      });
      head.appendChild(shut);
      box.appendChild(head);
      var text = document.createElement("span");
      text.className = "fn-inline-text";
      var copy = note.cloneNode(true);
      copy.querySelectorAll(".fn-marker, .fn-back, .fn-backs, [id]").forEach(function (e) {
        if (e.matches(".fn-marker, .fn-back, .fn-backs")) { e.remove(); } else { e.removeAttribute("id"); }
      });
      text.innerHTML = copy.innerHTML;
      box.appendChild(text);
      box.addEventListener("keydown", function (e) {
        if (e.key === "Escape") {
          close(a, box);
          box = null;
          a.focus();
        }
      });
      sup.parentNode.insertBefore(box, sup.nextSibling);
      a.setAttribute("aria-controls", id);
      a.setAttribute("aria-expanded", "true");
    });
  });
}());
