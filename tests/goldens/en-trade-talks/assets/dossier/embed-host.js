/* dossier embed host: include once on a page with dossier iframes
   (<iframe data-dossier-embed="kind/id" ...>); each iframe takes the height its embed view
   reports. Only the iframe whose window sent the message is resized. No dependencies. */
(function () {
  "use strict";
  if (window.__dossierEmbedHost) return;
  window.__dossierEmbedHost = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.dossier_embed_height !== "number" || !isFinite(data.dossier_embed_height)) return;
    var frames = document.querySelectorAll("iframe[data-dossier-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (data.id && frame.getAttribute("data-dossier-embed") !== data.id) continue;
      var height = Math.max(60, Math.min(Math.round(data.dossier_embed_height), 20000));
      frame.style.height = height + "px";
      frame.setAttribute("height", String(height));
    }
  });
})();
