// The review page's behaviour: filters on the findings list, and links that centre a
// claim in its pane instead of pinning it to the pane's top edge, where it reads
// without its context. Inlined into the page's one script element; the page's
// Content-Security-Policy names this text's sha256, so nothing else can run. Reads
// only the page's own attributes (escaped when rendered) and never builds markup.
"use strict";
(function () {
  const form = document.getElementById("filters");
  const list = document.querySelector("ol.findings");
  const items = list ? Array.from(list.children) : [];
  let current = [];

  function field(name) {
    return form.elements.namedItem(name);
  }

  function tokens(value) {
    return value ? value.split(" ") : [];
  }

  // Hide the findings the filters rule out and say how many are left.
  function apply() {
    const severities = new Set(
      Array.from(form.querySelectorAll("input[name='severity']:checked"), (box) => box.value)
    );
    const rule = field("rule").value;
    const file = field("file").value;
    const lang = field("lang").value;
    const query = field("q").value.trim().replace(/\s+/g, " ").toLowerCase();
    let shown = 0;
    for (const item of items) {
      const visible =
        severities.has(item.dataset.severity) &&
        (!rule || item.dataset.rule === rule) &&
        (!file || tokens(item.dataset.docs).includes(file)) &&
        (!lang || tokens(item.dataset.langs).includes(lang)) &&
        (!query || item.textContent.replace(/\s+/g, " ").toLowerCase().includes(query));
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    form.querySelector(".shown").textContent = shown + " of " + items.length + " shown";
  }

  function mark(elements) {
    for (const element of current) element.classList.remove("current");
    current = elements;
    for (const element of current) element.classList.add("current");
  }

  // Bring an element of the page into view: a claim to the middle of its pane (and
  // of the window), a finding to the top, with the filters cleared if they hide it.
  function show(id, remember) {
    const target = id ? document.getElementById(id) : null;
    if (!target) return false;
    if (target.hidden && items.includes(target) && form) {
      form.reset();
      apply();
    }
    if (target.tagName === "MARK") {
      target.scrollIntoView({ block: "center", inline: "nearest" });
    } else {
      target.scrollIntoView({ block: "start" });
    }
    mark([target]);
    if (remember && location.hash !== "#" + id) {
      try {
        history.pushState(null, "", "#" + id);
      } catch (error) {
        // some file:// setups refuse history entries; the scroll has happened anyway
      }
    }
    return true;
  }

  if (form && items.length) {
    form.hidden = false;
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    // reset, then filter at once: the form's own reset happens after its event
    form.querySelector("button[type='reset']").addEventListener("click", (event) => {
      event.preventDefault();
      form.reset();
      apply();
    });
    apply();
  }

  document.addEventListener("click", (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const link = event.target.closest("a[href^='#']");
    if (link && show(decodeURIComponent(link.getAttribute("href").slice(1)), true)) {
      event.preventDefault();
    }
  });
  window.addEventListener("popstate", () => show(decodeURIComponent(location.hash.slice(1)), false));
  if (location.hash) show(decodeURIComponent(location.hash.slice(1)), false);
})();
