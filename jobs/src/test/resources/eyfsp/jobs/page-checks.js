// What ReportEndToEndTest measures on a page, in the browser that lays it out: horizontal overflow,
// SVG text boxes that overlap another text box or a mark (an element of class "mark": a point, a
// bar, England's square or tick, a target's diamond), labels cut short, the synthetic banner and
// the projections drawn. Returns JSON text.
(() => {
  const doc = document.documentElement;
  const overlaps = [];
  // Boxes that touch by less than this many pixels are read as apart (anti-aliasing, rounding).
  const slack = 0.75;
  const meet = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack
      && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
  // A text's box, trimmed to its glyphs' usual height (the em box less a little above and below).
  const textBox = (t) => {
    const r = t.getBoundingClientRect();
    const trim = r.height * 0.12;
    return {left: r.left, right: r.right, top: r.top + trim, bottom: r.bottom - trim};
  };
  for (const svg of document.querySelectorAll('svg.chart')) {
    const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '');
    const boxes = texts.map(textBox);
    const marks = [...svg.querySelectorAll('.mark')].map(m => m.getBoundingClientRect());
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (meet(boxes[i], boxes[j])) {
          overlaps.push(svg.id + ': "' + texts[i].textContent + '" over "' + texts[j].textContent + '"');
        }
      }
      for (const m of marks) {
        if (meet(boxes[i], m)) {
          overlaps.push(svg.id + ': "' + texts[i].textContent + '" over a mark');
        }
      }
    }
  }
  return JSON.stringify({
    overflow: doc.scrollWidth - doc.clientWidth,
    overlaps: overlaps,
    marks: document.querySelectorAll('svg.chart .mark').length,
    texts: document.querySelectorAll('svg.chart text').length,
    cut: [...document.querySelectorAll('svg text title')].map(t => t.textContent),
    banner: document.querySelectorAll('.synthetic').length,
    projections: document.querySelectorAll('svg .projection').length
  });
})()
