/* Outlets page: the outlets, then how each of them frames a chosen actor. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;

  Promise.all([AG.fetchJSON("/api/outlets"), AG.fetchJSON("/api/actors")]).then(function (res) {
    var outlets = res[0], actors = res[1].filter(function (a) { return a.mentions > 0; }).slice(0, 60);
    var framing = el("div", { id: "framing" });
    function show(actorId) {
      AG.fetchJSON("/api/framing/" + encodeURIComponent(actorId)).then(function (rows) {
        AG.clear(framing).appendChild(AG.framingTable(rows));
        document.body.setAttribute("data-ready", "outlets");
      }).catch(AG.showError);
    }
    var chosen = AG.query("actor") || (actors[0] && actors[0].id);
    AG.main().append(
      AG.section("Outlets", AG.outletsTable(outlets)),
      AG.section("Framing comparison", el("label", null, "Actor ", AG.actorSelect(actors, chosen, show)), framing));
    if (chosen) show(chosen);
  }).catch(AG.showError);
})();
