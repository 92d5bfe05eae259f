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
