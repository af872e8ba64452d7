/* The one-file report: everything is drawn from the JSON block inlined in the page
 * (<script type="application/json" id="actorgraph-data">), with no network at all. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;
  AG.offline = true;

  var data = JSON.parse(document.getElementById("actorgraph-data").textContent);
  data.documents.forEach(function (d) {
    AG.docTitles[d.id] = d.title || d.path;
    if (d.safe_url) AG.docUrls[d.id] = d.safe_url;
  });
  var main = AG.main();

  /* Graph, filtered in the page: stance, outlet, minimum number of outlets. */
  function graphSection() {
    var full = data.graph;
    var outlets = data.outlets.map(function (o) { return o.outlet; }).filter(Boolean);
    function choice(name, values) {
      return el("select", { name: name }, el("option", { value: "" }, "any"),
        values.map(function (v) { return el("option", { value: v }, v); }));
    }
    var form = el("form", { class: "filters", id: "filters" },
      el("label", null, "Outlet ", choice("outlet", outlets)),
      el("label", null, "Stance ", choice("stance", ["support", "oppose", "consult"])),
      el("label", null, "Min. outlets ", el("input", { name: "min_outlets", type: "number", min: 1, max: 100, value: "1" })));
    var canvas = el("div", { id: "cy", class: "graph" });
    var panel = el("aside", { id: "panel", class: "panel" });
    var status = el("p", { class: "meta", id: "graph-status" });
    function draw() {
      var outlet = form.elements.outlet.value, stance = form.elements.stance.value;
      var least = Number(form.elements.min_outlets.value) || 1;
      var edges = full.edges.filter(function (e) {
        var names = e.outlet_names || [];
        var count = Array.isArray(e.outlets) ? e.outlets.length : Number(e.outlets) || names.length;
        return (!stance || e.stance === stance) && (!outlet || names.indexOf(outlet) >= 0) && count >= least;
      });
      var keep = {};
      edges.forEach(function (e) { keep[e.source] = keep[e.target] = true; });
      var payload = { nodes: full.nodes.filter(function (n) { return keep[n.id]; }), edges: edges };
      if (AG.cy) AG.cy.destroy();
      AG.clear(panel).appendChild(AG.selectionPanel(null));
      AG.cy = AG.renderGraph(canvas, payload, function (kind, row) {
        AG.clear(panel).appendChild(AG.selectionPanel(kind, row, payload));
      });
      status.textContent = payload.nodes.length + " actors, " + payload.edges.length + " relations";
    }
    form.addEventListener("change", draw);
    form.addEventListener("submit", function (evt) { evt.preventDefault(); draw(); });
    main.appendChild(AG.section("Graph", form, AG.legend(), status, el("div", { class: "graph-layout" }, canvas, panel)));
    draw();
  }

  function framingSection() {
    var box = el("div", { id: "framing" });
    function show(id) { AG.clear(box).appendChild(AG.framingTable(data.framing[id] || [])); }
    var first = data.actors[0] && data.actors[0].id;
    main.appendChild(AG.section("Outlets and framing", AG.outletsTable(data.outlets),
      el("h3", null, "How each outlet frames an actor"),
      el("label", null, "Actor ", AG.actorSelect(data.actors, first, show)), box));
    if (first) show(first);
  }

  function timelineSection() {
    var box = el("div", { id: "timeline" });
    function show(id) { AG.clear(box).appendChild(AG.timelinePlot(data.timelines[id] || [])); }
    var options = [{ id: "", name: "All actors", mentions: data.timelines[""].length }].concat(data.actors);
    main.appendChild(AG.section("Timeline", el("label", null, "Actor ", AG.actorSelect(options, "", show)), box));
    show("");
  }

  function documentsSection() {
    main.appendChild(AG.section("Documents (" + data.documents.length + ")", AG.table([
      { label: "title", cell: function (d) { return AG.link(AG.docHref(d.id), d.title || d.path, "doc"); } },
      { label: "outlet", cell: function (d) { return d.outlet || ""; } },
      { label: "published", cell: function (d) { return d.published || ""; } },
    ], data.documents)));
  }

  main.appendChild(el("p", { class: "meta" }, "Store " + data.store + " · generated " + data.generated +
    " · " + data.documents.length + " documents"));
  graphSection();
  main.appendChild(AG.section("Contested relations (" + data.contested.length + ")", AG.contestedList(data.contested)));
  framingSection();
  timelineSection();
  documentsSection();
  document.body.setAttribute("data-ready", "report");
})();
