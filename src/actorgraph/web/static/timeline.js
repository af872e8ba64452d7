/* actorgraph web UI: a timeline plot of dated relations as an inline SVG.
 *
 * One lane per stance, one dot per relation at its date (filled when asserted, hollow when
 * negated or hedged); hovering a dot shows its evidence through an SVG <title> text node. */
(function () {
  "use strict";
  var AG = window.AG;
  var NS = "http://www.w3.org/2000/svg";
  var LANES = ["support", "oppose", "consult"];

  function svg(tag, attrs, text) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.appendChild(document.createTextNode(String(text)));
    return node;
  }

  /* "2025", "2025-03" or "2025-03-08" -> milliseconds (the start of the period), or NaN. */
  function when(date) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(date || ""));
    if (!m) return NaN;
    return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  }

  function day(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  AG.timelinePlot = function (rows) {
    var dated = (rows || []).filter(function (r) { return !isNaN(when(r.date)); });
    if (!dated.length) return AG.el("p", { class: "empty" }, "No dated relations.");
    var width = 760, height = 40 + LANES.length * 46, left = 80, right = 20, top = 16;
    var times = dated.map(function (r) { return when(r.date); });
    var lo = Math.min.apply(null, times), hi = Math.max.apply(null, times);
    if (hi === lo) { lo -= 86400000 * 3; hi += 86400000 * 3; }
    var x = function (t) { return left + ((t - lo) / (hi - lo)) * (width - left - right); };
    var plot = svg("svg", {
      class: "timeline", viewBox: "0 0 " + width + " " + height, width: "100%", role: "img",
      "aria-label": "Timeline of " + dated.length + " dated relations",
    });
    LANES.forEach(function (stance, i) {
      var y = top + i * 46 + 20;
      plot.appendChild(svg("line", { x1: left, x2: width - right, y1: y, y2: y, class: "lane" }));
      plot.appendChild(svg("text", { x: 4, y: y + 4, class: "lane-label" }, stance));
    });
    var axisY = top + LANES.length * 46 + 4;
    [lo, (lo + hi) / 2, hi].forEach(function (t, i) {
      var anchor = ["start", "middle", "end"][i];
      plot.appendChild(svg("text", { x: x(t), y: axisY, "text-anchor": anchor, class: "axis" }, day(t)));
    });
    var stacked = {};
    dated.forEach(function (r) {
      var lane = Math.max(0, LANES.indexOf(r.stance));
      var key = lane + "|" + r.date;
      var k = (stacked[key] = (stacked[key] || 0) + 1) - 1;
      var cy = top + lane * 46 + 20 - ((k % 5) - 2) * 6;
      var dot = svg("circle", {
        cx: x(when(r.date)) + Math.floor(k / 5) * 5, cy: cy, r: 5,
        class: "dot stance-" + r.stance + (r.polarity && r.polarity !== "asserted" ? " hollow" : ""),
      });
      dot.appendChild(svg("title", {}, [r.date, (r.source_name || r.source) + " " +
        (AG.stanceArrow[r.stance] || r.stance) + " " + (r.target_name || r.target),
        r.type, r.polarity, r.outlet, r.evidence].filter(Boolean).join(" · ")));
      plot.appendChild(dot);
    });
    return plot;
  };
})();
