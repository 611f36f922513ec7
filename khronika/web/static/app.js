// khronika: land on the sentence an event link points at, and keep it highlighted.
(function () {
  "use strict";

  function targetOf(hash) {
    if (!hash || hash.length < 2) return null;
    var el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return null;
    // a chronicle anchor (#ev-c<id>) is the badge inside the event's sentence
    if (el.classList.contains("ev-badge") && el.parentElement) return el.parentElement;
    return el;
  }

  function focusHash() {
    var el = targetOf(window.location.hash);
    if (!el) return;
    var old = document.querySelectorAll(".flash");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("flash");
    el.classList.add("flash");
    el.setAttribute("tabindex", "-1");
    el.scrollIntoView({ block: "center" });
    document.body.setAttribute("data-focused", el.id || "");
  }

  // a select change in a filter form submits it, so the timeline follows the choice
  function autoSubmit() {
    var selects = document.querySelectorAll("form.filters select");
    for (var i = 0; i < selects.length; i++) {
      selects[i].addEventListener("change", function (e) { e.target.form.submit(); });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusHash();
    autoSubmit();
  });
  window.addEventListener("hashchange", focusHash);
})();
