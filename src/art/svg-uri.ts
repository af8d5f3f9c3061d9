// The game's drawn pictures travel as data: URIs (no request, and a printed page carries them).
/** A whole SVG document as a data: URI. */
export const svgDataUri = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.trim())}`;

/** SVG drawing instructions wrapped in an <svg> of the given view box, as a data: URI. */
export const svgUri = (body: string, viewBox: string): string => svgDataUri(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>`);
