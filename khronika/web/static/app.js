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

  // on a phone the filter box starts folded: the first screen is for the events
  function foldFilters() {
    if (window.innerWidth > 760) return;
    var boxes = document.querySelectorAll("details.filterbox");
    for (var i = 0; i < boxes.length; i++) boxes[i].removeAttribute("open");
  }

  // a click on the map zooms in around that point; another click zooms out
  function mapZoom() {
    var box = document.querySelector(".map-box");
    if (!box) return;
    box.addEventListener("click", function (e) {
      if (e.target.closest && e.target.closest("a")) return;
      var r = box.getBoundingClientRect();
      box.style.setProperty("--zx", ((e.clientX - r.left) / r.width * 100) + "%");
      box.style.setProperty("--zy", ((e.clientY - r.top) / r.height * 100) + "%");
      box.classList.toggle("zoomed");
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    foldFilters();
    focusHash();
    autoSubmit();
    mapZoom();
  });
  window.addEventListener("hashchange", focusHash);
})();
