/* actorgraph web UI: renderers for the rows the API returns (evidence, relations, contested
 * relations, outlet framing). Shared by the server's pages and the one-file report. */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;

  /* Document titles by id, for evidence rows (filled by the page that knows them). */
  AG.docTitles = AG.docTitles || {};

  function meta(rel) {
    var bits = [rel.polarity, rel.outlet, rel.date || rel.published].filter(Boolean);
    var title = AG.docTitles[rel.document] || rel.document_title || rel.document;
    return el("span", { class: "meta" }, bits.join(" · "), bits.length ? " · " : "",
      AG.link(AG.docHref(rel.document), title, "doc"));
  }

  /* One evidence sentence, with its marks when the API sent them. */
  AG.evidence = function (rel) {
    var quote = el("blockquote", { class: "evidence polarity-" + (rel.polarity || "asserted") });
    quote.appendChild(AG.highlight(String(rel.evidence || ""), rel.marks || []));
    return el("li", { class: "evidence-row" }, quote, meta(rel));
  };

  AG.evidenceList = function (rows, limit) {
    var shown = limit ? rows.slice(0, limit) : rows;
    var list = el("ul", { class: "evidence-list" }, shown.map(AG.evidence));
    if (shown.length < rows.length) {
      list.appendChild(el("li", { class: "more" }, "… and " + (rows.length - shown.length) + " more"));
    }
    return list;
  };

  /* "A supports B (back, hedged)" followed by the evidence. */
  AG.relationItem = function (rel) {
    var head = el("div", { class: "relation-head" },
      AG.actorLink(rel.source, rel.source_name), " ",
      el("span", { class: "stance stance-" + rel.stance }, AG.stanceArrow[rel.stance] || rel.stance),
      " ", AG.actorLink(rel.target, rel.target_name),
      el("span", { class: "meta" }, " (" + [rel.type, rel.polarity].filter(Boolean).join(", ") + ")"),
      rel.speaker ? el("span", { class: "meta" }, " according to ", AG.actorLink(rel.speaker, rel.speaker_name)) : null);
    var item = AG.evidence(rel);
    item.insertBefore(head, item.firstChild);
    return item;
  };

  AG.relationList = function (rows) {
    return rows.length
      ? el("ul", { class: "evidence-list" }, rows.map(AG.relationItem))
      : el("p", { class: "empty" }, "none");
  };

  /* Contested relations: the claim, why it is contested, then each side's evidence. */
  AG.contestedList = function (rows) {
    if (!rows.length) return el("p", { class: "empty" }, "No contested relations.");
    return el("div", { class: "contested" }, rows.map(function (c) {
      return el("article", { class: "contested-item" },
        el("h3", null, AG.actorLink(c.source, c.source_name), " ",
          el("span", { class: "stance stance-" + c.stance }, AG.stanceArrow[c.stance] || c.stance),
          " ", AG.actorLink(c.target, c.target_name)),
        el("p", { class: "meta" }, String(c.reason || ""),
          c.strength !== undefined && c.strength !== null ? " · strength " + c.strength : ""),
        el("div", { class: "sides" }, (c.sides || []).map(function (side) {
          var outlets = Array.isArray(side.outlets) ? side.outlets.join(", ") : side.outlets;
          var docs = Array.isArray(side.documents) ? side.documents.length : side.documents;
          return el("div", { class: "side" },
            el("h4", null, String(side.label)),
            el("p", { class: "meta" }, "outlets: " + (outlets || "—") + " · documents: " + (docs || 0)),
            AG.evidenceList(side.evidence || [], 5));
        })));
    }));
  };

  AG.outletsTable = function (rows) {
    return AG.table([
      { label: "outlet", cell: function (r) { return r.outlet || "(unknown)"; } },
      { label: "documents", cell: function (r) { return String(r.documents); } },
      { label: "leaning", cell: function (r) { return r.leaning === null || r.leaning === undefined ? "" : String(r.leaning); } },
      { label: "first", cell: function (r) { return r.first || ""; } },
      { label: "last", cell: function (r) { return r.last || ""; } },
    ], rows);
  };

  /* How each outlet frames one actor: its labels and the stances taken towards it. */
  AG.framingTable = function (rows) {
    return AG.table([
      { label: "outlet", cell: function (r) { return r.outlet || "(unknown)"; } },
      { label: "documents", cell: function (r) { return String(r.documents); } },
      { label: "labels", cell: function (r) {
        return el("ul", { class: "labels" }, (r.labels || []).map(function (l) {
          return el("li", null, el("span", { class: "label" }, String(l.label)),
            l.count > 1 ? " ×" + l.count : "", l.first_use ? el("span", { class: "meta" }, " since " + l.first_use) : null);
        }));
      } },
      { label: "support in / out", cell: function (r) { return (r.support_in || 0) + " / " + (r.support_out || 0); } },
      { label: "oppose in / out", cell: function (r) { return (r.oppose_in || 0) + " / " + (r.oppose_out || 0); } },
      { label: "tone", cell: function (r) { return r.tone === null || r.tone === undefined ? "" : String(r.tone); } },
    ], rows, "rows framing");
  };

  AG.actorSelect = function (actors, selected, onchange) {
    var select = el("select", { name: "actor", "aria-label": "Actor", onchange: function () { onchange(select.value); } },
      actors.map(function (a) {
        return el("option", { value: a.id, selected: a.id === selected }, a.name + " (" + a.mentions + ")");
      }));
    return select;
  };
})();
