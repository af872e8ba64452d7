/* Graph page: filters, the actor graph, and the evidence of whatever is clicked. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;
  var FILTERS = ["since", "until", "outlet", "stance", "polarity", "min_sources"];

  function field(label, input) {
    return el("label", null, label, " ", input);
  }

  function choice(name, values, current) {
    return el("select", { name: name },
      el("option", { value: "" }, "any"),
      values.map(function (v) { return el("option", { value: v, selected: v === current }, v); }));
  }

  function start(outlets) {
    var q = new URLSearchParams(window.location.search);
    var form = el("form", { id: "filters", class: "filters" },
      field("From", el("input", { name: "since", type: "text", placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", value: q.get("since") || "" })),
      field("to", el("input", { name: "until", type: "text", placeholder: "YYYY-MM-DD", pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?", value: q.get("until") || "" })),
      field("Outlet", choice("outlet", outlets.map(function (o) { return o.outlet; }).filter(Boolean), q.get("outlet"))),
      field("Stance", choice("stance", ["support", "oppose", "consult"], q.get("stance"))),
      field("Polarity", choice("polarity", ["asserted", "negated", "hedged"], q.get("polarity"))),
      field("Min. outlets", el("input", { name: "min_sources", type: "number", min: 1, max: 100, value: q.get("min_sources") || "1" })));
    var status = el("p", { class: "meta", id: "graph-status", role: "status" });
    var canvas = el("div", { id: "cy", class: "graph" });
    var panel = el("aside", { id: "panel", class: "panel" });
    AG.main().append(form, AG.legend(), status, el("div", { class: "graph-layout" }, canvas, panel));

    function params() {
      var p = new URLSearchParams();
      FILTERS.forEach(function (name) {
        var v = form.elements[name].value.trim();
        if (v && !(name === "min_sources" && v === "1")) p.set(name, v);
      });
      return p;
    }

    function load() {
      if (!form.checkValidity()) return;
      var p = params();
      var qs = p.toString();
      window.history.replaceState(null, "", qs ? "?" + qs : window.location.pathname);
      status.textContent = "loading…";
      AG.fetchJSON("/api/graph" + (qs ? "?" + qs : "")).then(function (payload) {
        if (AG.cy) AG.cy.destroy();
        AG.clear(panel).appendChild(AG.selectionPanel(null));
        AG.cy = AG.renderGraph(canvas, payload, function (kind, row) {
          AG.clear(panel).appendChild(AG.selectionPanel(kind, row, payload));
        });
        status.textContent = payload.nodes.length + " actors, " + payload.edges.length + " relations";
        document.body.setAttribute("data-ready", "graph");
      }).catch(function (err) {
        status.textContent = String(err.message || err);
      });
    }

    form.addEventListener("change", load);
    form.addEventListener("submit", function (evt) { evt.preventDefault(); load(); });
    load();
  }

  AG.fetchJSON("/api/documents").then(function (docs) {
    docs.forEach(function (d) { AG.docTitles[d.id] = d.title || d.path; });
    return AG.fetchJSON("/api/outlets");
  }).then(start).catch(AG.showError);
})();
