// The ending's stars, drawn in the DOM layer beside the words that count them: in the page's flow,
// so a longer ending text or larger type moves them down instead of drawing them over the words
// (they were drawn by Phaser at a fixed height). Earned ones filled gold, the rest outlined; they
// pop in one after another unless motion is reduced (ending.css).
const SVG = 'http://www.w3.org/2000/svg';

/** A five-pointed star's outline in a 100×100 box: outer radius 48, inner 21.6. */
const POINTS = Array.from({ length: 10 }, (_, i) => {
  const r = i % 2 === 0 ? 48 : 21.6;
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  return `${(50 + r * Math.cos(a)).toFixed(1)},${(52 + r * Math.sin(a)).toFixed(1)}`;
}).join(' ');

export function starRow(earned: number): HTMLElement {
  const row = document.createElement('div');
  row.className = 'star-row';
  row.setAttribute('aria-hidden', 'true'); // the count is written out in the label above
  for (let i = 0; i < 3; i++) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 100 100');
    svg.setAttribute('class', i < earned ? 'star earned' : 'star');
    svg.style.setProperty('--i', String(i));
    const shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', POINTS);
    svg.append(shape);
    row.append(svg);
  }
  return row;
}
