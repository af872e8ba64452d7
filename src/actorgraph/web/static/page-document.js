/* Document page: the cleaned text with mentions, relations, claims, dates and labels
 * highlighted (as text nodes), its metadata, and a link to the original when it is http(s). */
(function () {
  "use strict";
  var AG = window.AG;
  var el = AG.el;

  function marks(data) {
    var out = [];
    data.relations.forEach(function (r) {
      out.push({ start: r.start, end: r.end, kind: "relation",
        title: "relation: " + (r.source_name || "?") + " " + r.stance + " " + (r.target_name || "?") + " (" + r.polarity + ")" });
    });
    data.claims.forEach(function (c) {
      out.push({ start: c.start, end: c.end, kind: "claim", title: "claim by " + (c.speaker_name || c.speaker_text) });
    });
    data.mentions.forEach(function (m) {
      out.push({ start: m.start, end: m.end, kind: "mention", actor: m.actor, title: "actor: " + (m.actor_name || m.text) });
    });
    data.events.forEach(function (e) {
      out.push({ start: e.start, end: e.end, kind: "date", title: "date: " + e.date });
    });
    data.labels.forEach(function (l) {
      out.push({ start: l.start, end: l.end, kind: "label", title: "label of " + (l.actor_name || "?") });
    });
    return out;
  }

  function metaList(d) {
    var rows = [["outlet", d.outlet], ["author", d.author], ["published", d.published], ["format", d.format], ["path", d.path]];
    var dl = el("dl", { class: "doc-meta" });
    rows.forEach(function (r) {
      if (r[1]) dl.append(el("dt", null, r[0]), el("dd", null, String(r[1])));
    });
    if (d.url) {
      var href = d.safe_url && AG.safeHref(d.safe_url);
      dl.append(el("dt", null, "original"), el("dd", null, href
        ? el("a", { href: href, rel: "noopener noreferrer nofollow", class: "external" }, d.url)
        : el("span", { class: "unsafe-url", title: "not an http(s) address; not linked" }, d.url)));
    }
    dl.append(el("dt", null, "id"), el("dd", null, d.id));
    return dl;
  }

  function render(data) {
    var d = data.document;
    document.title = (d.title || d.path) + " · actorgraph";
    var text = el("div", { class: "doc-text", id: "doc-text" });
    text.appendChild(AG.highlight(d.text, marks(data)));
    AG.clear(AG.main()).append(
      el("h1", null, d.title || d.path),
      metaList(d),
      el("p", { class: "legend" },
        ["mention", "relation", "claim", "date", "label"].map(function (k) {
          return el("mark", { class: "hl-" + k }, k);
        })),
      text,
      AG.section("Relations (" + data.relations.length + ")", AG.relationList(data.relations)),
      AG.section("Claims (" + data.claims.length + ")", AG.table([
        { label: "speaker", cell: function (c) { return c.speaker ? AG.actorLink(c.speaker, c.speaker_name) : c.speaker_text; } },
        { label: "cue", cell: function (c) { return c.cue; } },
        { label: "claim", cell: function (c) { return c.text; } },
      ], data.claims)),
      AG.section("Dates (" + data.events.length + ")", AG.table([
        { label: "as written", cell: function (e) { return e.text; } },
        { label: "date", cell: function (e) { return e.date; } },
      ], data.events)),
      AG.section("Labels (" + data.labels.length + ")", AG.table([
        { label: "actor", cell: function (l) { return AG.actorLink(l.actor, l.actor_name); } },
        { label: "label", cell: function (l) { return l.label; } },
      ], data.labels)));
    document.body.setAttribute("data-ready", "document");
  }

  AG.fetchJSON("/api/document/" + encodeURIComponent(AG.pathId())).then(render).catch(AG.showError);
})();
