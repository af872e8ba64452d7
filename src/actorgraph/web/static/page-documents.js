/* Documents page: every stored document. */
(function () {
  "use strict";
  var AG = window.AG;
  AG.fetchJSON("/api/documents").then(function (rows) {
    AG.main().appendChild(AG.table([
      { label: "title", cell: function (d) { return AG.link(AG.docHref(d.id), d.title || d.path, "doc"); } },
      { label: "outlet", cell: function (d) { return d.outlet || ""; } },
      { label: "published", cell: function (d) { return d.published || ""; } },
      { label: "format", cell: function (d) { return d.format; } },
      { label: "path", cell: function (d) { return d.path; } },
    ], rows));
    document.body.setAttribute("data-ready", "documents");
  }).catch(AG.showError);
})();
