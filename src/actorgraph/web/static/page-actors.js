/* Actors page: every resolved actor, most mentioned first. */
(function () {
  "use strict";
  var AG = window.AG;
  AG.fetchJSON("/api/actors").then(function (rows) {
    AG.main().appendChild(AG.table([
      { label: "actor", cell: function (a) { return AG.actorLink(a.id, a.name); } },
      { label: "kind", cell: function (a) { return a.kind; } },
      { label: "mentions", cell: function (a) { return String(a.mentions); } },
      { label: "documents", cell: function (a) { return String(a.documents); } },
      { label: "aliases", cell: function (a) { return a.aliases.filter(function (x) { return x !== a.name; }).join(", "); } },
    ], rows));
    document.body.setAttribute("data-ready", "actors");
  }).catch(AG.showError);
})();
