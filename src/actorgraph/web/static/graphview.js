/* actorgraph web UI: the actor graph (Cytoscape.js) and its evidence panel.
 *
 * Nodes are actors (colour and shape by kind, size by mentions); edges are aggregated
 * relations (colour by stance, width by number of outlets, dashed when contested).
 * Cytoscape draws labels on a canvas as text, so names are never parsed as markup. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;

  AG.STANCE_COLOURS = { support: "#2e7d32", oppose: "#c62828", consult: "#607d8b" };
  var KIND_COLOURS = {
    person: "#5c6bc0", state: "#f9a825", government: "#8d6e63", armed_group: "#6d4c41",
    organization: "#26a69a", group: "#9e9e9e",
  };
  var KIND_SHAPES = {
    person: "ellipse", state: "round-rectangle", government: "round-rectangle",
    armed_group: "diamond", organization: "hexagon", group: "ellipse",
  };

  function count(value) {
    return Array.isArray(value) ? value.length : Number(value) || 0;
  }

  function elements(payload) {
    var nodes = payload.nodes.map(function (n) {
      return { group: "nodes", data: { id: n.id, name: n.name, kind: n.kind, mentions: n.mentions, row: n } };
    });
    var edges = payload.edges.map(function (e) {
      return {
        group: "edges",
        classes: e.contested ? "contested" : "",
        data: {
          id: e.id, source: e.source, target: e.target, stance: e.stance,
          outlets: Math.max(1, count(e.outlets)), row: e,
        },
      };
    });
    return nodes.concat(edges);
  }

  var STYLE = [
    { selector: "node", style: {
      label: "data(name)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
      "text-wrap": "ellipsis", "text-max-width": 140, color: "#222",
      "background-color": function (n) { return KIND_COLOURS[n.data("kind")] || "#9e9e9e"; },
      shape: function (n) { return KIND_SHAPES[n.data("kind")] || "ellipse"; },
      width: "mapData(mentions, 1, 60, 18, 70)", height: "mapData(mentions, 1, 60, 18, 70)",
    } },
    { selector: "edge", style: {
      "curve-style": "bezier", "target-arrow-shape": "triangle", opacity: 0.8,
      "line-color": function (e) { return AG.STANCE_COLOURS[e.data("stance")] || "#999"; },
      "target-arrow-color": function (e) { return AG.STANCE_COLOURS[e.data("stance")] || "#999"; },
      width: "mapData(outlets, 1, 6, 1.5, 9)",
    } },
    { selector: "edge.contested", style: { "line-style": "dashed", "line-dash-pattern": [6, 3] } },
    { selector: ":selected", style: { "border-width": 3, "border-color": "#000", opacity: 1 } },
    { selector: ".faded", style: { opacity: 0.15 } },
  ];

  /* Draw payload ({nodes, edges}) into container; onSelect(kind, row, cy) on tap. */
  AG.renderGraph = function (container, payload, onSelect) {
    if (typeof window.cytoscape !== "function") throw new Error("Cytoscape.js did not load");
    var cy = window.cytoscape({
      container: container,
      elements: elements(payload),
      style: STYLE,
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
      minZoom: 0.2,
      maxZoom: 4,
    });
    cy.on("tap", "node, edge", function (evt) {
      var target = evt.target;
      cy.elements().addClass("faded");
      var focus = target.isNode() ? target.closedNeighborhood() : target.union(target.connectedNodes());
      focus.removeClass("faded");
      onSelect(target.isNode() ? "node" : "edge", target.data("row"), cy);
    });
    cy.on("tap", function (evt) {
      if (evt.target === cy) {
        cy.elements().removeClass("faded");
        onSelect(null, null, cy);
      }
    });
    return cy;
  };

  /* The side panel's content for a selected node or edge. */
  AG.selectionPanel = function (kind, row, payload) {
    if (!kind) return el("p", { class: "hint" }, "Click an actor or a relation to see its evidence.");
    if (kind === "edge") {
      return el("div", { class: "selection", "data-kind": "edge" },
        el("h2", null, AG.actorLink(row.source, row.source_name), " ",
          el("span", { class: "stance stance-" + row.stance }, AG.stanceArrow[row.stance] || row.stance),
          " ", AG.actorLink(row.target, row.target_name)),
        row.contested ? el("p", { class: "contested-flag" }, "Contested: outlets disagree about this relation.") : null,
        el("p", { class: "meta" }, count(row.mentions) + " mentions in " + count(row.documents) +
          " documents from " + count(row.outlets) + " outlets" +
          (row.outlet_names && row.outlet_names.length ? " (" + row.outlet_names.join(", ") + ")" : "")),
        AG.evidenceList(row.evidence || [], 25));
    }
    var edges = payload.edges.filter(function (e) { return e.source === row.id || e.target === row.id; });
    var evidence = [];
    edges.forEach(function (e) {
      (e.evidence || []).forEach(function (r) {
        evidence.push(Object.assign({ source_name: e.source_name, target_name: e.target_name }, r));
      });
    });
    return el("div", { class: "selection", "data-kind": "node" },
      el("h2", null, AG.actorLink(row.id, row.name)),
      el("p", { class: "meta" }, row.kind + " · " + row.mentions + " mentions in " + row.documents + " documents"),
      AG.offline ? null : el("p", null, AG.link(AG.actorHref(row.id), "Open the actor page →")),
      el("h3", null, "Evidence (" + evidence.length + ")"),
      evidence.length ? el("ul", { class: "evidence-list" }, evidence.slice(0, 40).map(AG.relationItem)) : null);
  };

  AG.legend = function () {
    return el("div", { class: "legend" },
      Object.keys(AG.STANCE_COLOURS).map(function (s) {
        var swatch = el("span", { class: "swatch stance-bg-" + s });
        return el("span", { class: "legend-item" }, swatch, s);
      }),
      el("span", { class: "legend-item" }, el("span", { class: "swatch dashed" }), "contested"),
      el("span", { class: "legend-item meta" }, "width = number of outlets; size = mentions"));
  };
})();
