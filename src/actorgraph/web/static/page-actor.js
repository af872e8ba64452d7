/* Actor page: aliases and why they were merged, labels by outlet, relations in and out
 * with their evidence highlighted, a timeline, and the documents that mention the actor. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;

  function count(shown, total) {
    return shown < total ? "the first " + shown + " of " + total : String(total);
  }

  function render(data) {
    var a = data.actor;
    data.documents.forEach(function (d) { AG.docTitles[d.id] = d.title || d.path; });
    document.title = a.name + " · actorgraph";
    var main = AG.clear(AG.main());
    main.append(
      el("h1", null, a.name),
      el("p", { class: "meta" }, a.kind + " · " + a.mentions + " mentions in " + a.documents + " documents · id " + a.id),
      AG.section("Aliases", el("ul", { class: "aliases" }, a.aliases.map(function (x) { return el("li", null, x); }))),
      AG.section("Why these names were merged", a.reasons.length
        ? el("ul", { class: "reasons" }, a.reasons.map(function (x) { return el("li", null, x); }))
        : el("p", { class: "empty" }, "No merges.")),
      AG.section("Labels by outlet (" + count(data.labels_by_outlet.length, data.outlets_total) + " outlets)", AG.framingTable(data.labels_by_outlet)),
      AG.section("Relations out (" + count(data.outgoing.length, data.outgoing_total) + ")", AG.relationList(data.outgoing)),
      AG.section("Relations in (" + count(data.incoming.length, data.incoming_total) + ")", AG.relationList(data.incoming)),
      AG.section("Timeline", AG.timelinePlot(data.timeline)),
      AG.section("Documents", el("ul", { class: "documents" }, data.documents.map(function (d) {
        return el("li", null, AG.link(AG.docHref(d.id), d.title || d.path, "doc"),
          el("span", { class: "meta" }, " " + [d.outlet, d.published].filter(Boolean).join(" · ")));
      }))));
    document.body.setAttribute("data-ready", "actor");
  }

  AG.fetchJSON("/api/actor/" + encodeURIComponent(AG.pathId())).then(render).catch(AG.showError);
})();
