// A QR code of the join address, drawn on this PC (qrcode-generator, MIT): an <img> whose
// alternative text says what it is and where it leads.
import qrcode from 'qrcode-generator';
import { el } from '../shared/element';

export function qrImage(address: string, label: string): HTMLImageElement {
  const code = qrcode(0, 'M');
  code.addData(address);
  code.make();
  return el('img', { className: 'class-qr', attrs: { src: code.createDataURL(8, 2), alt: label, width: '280', height: '280' } });
}
