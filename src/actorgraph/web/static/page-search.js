/* Search page: actors and documents matching the words in ?q=. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;
  var q = (AG.query("q") || "").trim();
  var box = document.querySelector("header input[name=q]");
  if (box) box.value = q;
  if (!q) {
    AG.main().appendChild(el("p", { class: "hint" }, "Type in the search box above."));
    return;
  }
  AG.fetchJSON("/api/search?q=" + encodeURIComponent(q)).then(function (res) {
    AG.main().append(
      el("p", { class: "meta" }, "Results for “" + q + "”"),
      AG.section("Actors (" + res.actors.length + ")", el("ul", null, res.actors.map(function (a) {
        return el("li", null, AG.actorLink(a.id, a.name), el("span", { class: "meta" }, " " + a.kind + " · " + a.mentions + " mentions"));
      }))),
      AG.section("Documents (" + res.documents.length + ")", el("ul", { class: "results" }, res.documents.map(function (d) {
        var snippet = d.snippet ? el("p", { class: "snippet" }, AG.highlight(d.snippet, [{ start: d.hit.start, end: d.hit.end, kind: "hit" }])) : null;
        return el("li", null, AG.link(AG.docHref(d.id), d.title || d.path, "doc"),
          el("span", { class: "meta" }, " " + [d.outlet, d.published].filter(Boolean).join(" · ")), snippet);
      }))));
    document.body.setAttribute("data-ready", "search");
  }).catch(AG.showError);
})();
