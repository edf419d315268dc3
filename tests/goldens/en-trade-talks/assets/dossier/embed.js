/* dossier embed view: tell the parent page how tall the content is, on load and whenever it
   changes size, as {dossier_embed_height: N, id: "<kind>/<id>"}. No dependencies. */
(function () {
  "use strict";
  if (window.parent === window) return;
  var root = document.querySelector("[data-dossier-embed]") || document.body;
  var id = root.getAttribute("data-dossier-embed") || "";
  var last = -1;
  function post() {
    var rect = root.getBoundingClientRect();
    var height = Math.ceil(rect.bottom + (window.scrollY || 0) + 16);
    if (height === last || height <= 0) return;
    last = height;
    window.parent.postMessage({ dossier_embed_height: height, id: id }, "*");
  }
  window.addEventListener("load", post);
  if ("ResizeObserver" in window) {
    new ResizeObserver(post).observe(root);
  } else {
    window.addEventListener("resize", post);
  }
  post();
})();
