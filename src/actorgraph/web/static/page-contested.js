/* Contested page: relations the outlets disagree about, with each side's evidence. */
(function () {
  "use strict";
  var AG = window.AG;
  AG.fetchJSON("/api/documents").then(function (docs) {
    docs.forEach(function (d) { AG.docTitles[d.id] = d.title || d.path; });
    return AG.fetchJSON("/api/contested");
  }).then(function (rows) {
    AG.main().append(AG.el("p", { class: "meta" }, rows.length + " contested relations"), AG.contestedList(rows));
    document.body.setAttribute("data-ready", "contested");
  }).catch(AG.showError);
})();
