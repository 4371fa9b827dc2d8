import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { imageSize } from 'image-size';
import { inflateSync } from 'node:zlib';

/**
 * The consultancy's logo, checked and cleaned before it is stored and again before it is
 * printed. A raster image is measured from its header (image-size) and, for PNG, its pixel
 * data is inflated once within a known size, so an image too large or too damaged for the
 * PDF is refused before anyone exports. An SVG is parsed by a real XML parser (xmldom) and
 * rebuilt from an allow-list of elements and attributes: nothing that refers to anything
 * (no images, links, <use>, styles or external fonts), only drawing.
 */

export class LogoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogoError';
  }
}

export type LogoImage = { kind: 'image'; source: string } | { kind: 'svg'; source: string };

/** Decoded size of the file: plenty for a logo, small enough to embed in every PDF. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** Largest side and area of a raster logo: a logo prints a few centimetres wide. */
const MAX_LOGO_SIDE = 4096;
const MAX_LOGO_PIXELS = 8_000_000;
const MAX_SVG_ELEMENTS = 5_000;
const MAX_SVG_DEPTH = 32;

const DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,([A-Za-z0-9+/]*={0,2})$/;
const SVG_NS = 'http://www.w3.org/2000/svg';

const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
]);

const ATTRIBUTES = new Set([
  'id',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'dx',
  'dy',
  'd',
  'points',
  'width',
  'height',
  'viewBox',
  'preserveAspectRatio',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'clip-path',
  'clip-rule',
  'clipPathUnits',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'offset',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'letter-spacing',
  'word-spacing',
  'visibility',
  'display',
]);

/** Only a reference to something in the same drawing (a gradient, a clip path) is kept. */
function isSafeValue(value: string): boolean {
  if (value.length > 100_000) return false;
  const urls = value.match(/url\s*\([^)]*\)/gi) ?? [];
  if (urls.some((url) => !/^url\s*\(\s*['"]?#[A-Za-z0-9_.:-]+['"]?\s*\)$/i.test(url))) return false;
  return !/(javascript|data|file|https?):/i.test(value) && !/[<>]/.test(value);
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function parseSvg(markup: string): XmlElement {
  // Entity declarations are how XML grows a few bytes into gigabytes; a logo has none.
  if (/<!ENTITY/i.test(markup) || /<!DOCTYPE[^>]*\[/i.test(markup)) {
    throw new LogoError('The SVG declares entities, which a logo never needs.');
  }
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problems.push(message);
    },
  });
  let root: XmlElement | null;
  try {
    root = parser.parseFromString(markup, 'image/svg+xml').documentElement;
  } catch (error) {
    throw new LogoError(
      `The SVG is not well-formed XML (${error instanceof Error ? error.message.slice(0, 80) : 'parse error'}).`,
    );
  }
  if (problems.length > 0)
    throw new LogoError(`The SVG is not well-formed XML (${(problems[0] ?? '').slice(0, 80)}).`);
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    throw new LogoError('The file is not an SVG drawing.');
  }
  return root;
}

/** The drawing rebuilt from what the allow-lists keep; throws when it is too large to print. */
function rebuild(root: XmlElement): string {
  let elements = 0;
  const write = (node: XmlNode, depth: number): string => {
    if (node.nodeType === 3 || node.nodeType === 4) return escapeText(node.nodeValue ?? '');
    if (node.nodeType !== 1) return '';
    const element = node as XmlElement;
    if (element.namespaceURI === SVG_NS && element.localName === 'a' && depth > 0) {
      // A link keeps its drawing and loses its target: the PDF gets no link at all.
      let inner = '';
      for (let child = element.firstChild; child; child = child.nextSibling) inner += write(child, depth + 1);
      return inner;
    }
    if (element.namespaceURI !== SVG_NS || !ELEMENTS.has(element.localName ?? '')) return '';
    elements++;
    if (elements > MAX_SVG_ELEMENTS)
      throw new LogoError(`The SVG has more than ${MAX_SVG_ELEMENTS} elements.`);
    if (depth > MAX_SVG_DEPTH)
      throw new LogoError(`The SVG is nested more than ${MAX_SVG_DEPTH} levels deep.`);
    const name = element.localName ?? '';
    const attributes: string[] = depth === 0 ? [`xmlns="${SVG_NS}"`] : [];
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i);
      if (!attribute || attribute.namespaceURI !== null) continue;
      if (!ATTRIBUTES.has(attribute.name) || !isSafeValue(attribute.value)) continue;
      attributes.push(`${attribute.name}="${escapeAttribute(attribute.value)}"`);
    }
    if (depth === 0) checkRootSize(attributes);
    let children = '';
    for (let child = element.firstChild; child; child = child.nextSibling)
      children += write(child, depth + 1);
    return `<${name}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}>${children}</${name}>`;
  };
  return write(root, 0);
}

const positive = (text: string | undefined) => {
  const n = text === undefined ? NaN : Number.parseFloat(text);
  return Number.isFinite(n) && n > 0 && n <= 100_000;
};

/**
 * The PDF needs a drawing's size, from width and height or from its viewBox. Size attributes
 * it cannot read are dropped; a drawing left with no size at all is refused.
 */
function checkRootSize(attributes: string[]): void {
  const value = (name: string) => {
    const found = attributes.find((a) => a.startsWith(`${name}="`));
    return found?.slice(name.length + 2, -1);
  };
  const drop = (name: string) => {
    const at = attributes.findIndex((a) => a.startsWith(`${name}="`));
    if (at >= 0) attributes.splice(at, 1);
  };
  for (const name of ['width', 'height']) if (!positive(value(name))) drop(name);
  const box = (value('viewBox') ?? '').trim().split(/[\s,]+/);
  const boxOk =
    box.length === 4 && box.every((n) => Number.isFinite(Number(n))) && positive(box[2]) && positive(box[3]);
  if (!boxOk) drop('viewBox');
  const sized = (value('width') !== undefined && value('height') !== undefined) || boxOk;
  if (!sized) throw new LogoError('The SVG has no size the PDF can read (a width and height, or a viewBox).');
}

function checkPng(bytes: Buffer, width: number, height: number): void {
  // IHDR follows the 8-byte signature; every chunk is length, type, data, CRC.
  const bitDepth = bytes[24] ?? 0;
  const colourType = bytes[25] ?? 0;
  const interlace = bytes[28] ?? 0;
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colourType];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(bitDepth)) {
    throw new LogoError('The PNG file is damaged (its header is not one a PNG can have).');
  }
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) throw new LogoError('The PNG file is cut short.');
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const rowBytes = Math.ceil((width * channels * bitDepth) / 8);
  // An interlaced image's passes add a filter byte per row of each pass: at most this much more.
  const expected = (rowBytes + 1) * height + (interlace === 1 ? 7 * (height + 8) * 2 : 0);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(parts), { maxOutputLength: expected + 1 });
  } catch {
    throw new LogoError('The PNG file is damaged (its pixels cannot be read).');
  }
  if (interlace === 0 ? raw.length !== expected : raw.length < (rowBytes + 1) * height * 0.2) {
    throw new LogoError('The PNG file is damaged (it holds fewer pixels than it says).');
  }
}

function checkRaster(type: 'png' | 'jpeg', bytes: Buffer): void {
  const signature = type === 'png' ? '89504e470d0a1a0a' : 'ffd8ff';
  if (!bytes.subarray(0, signature.length / 2).equals(Buffer.from(signature, 'hex'))) {
    throw new LogoError(`The file is not a ${type.toUpperCase()} image, whatever its name says.`);
  }
  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    throw new LogoError(`The ${type.toUpperCase()} file is damaged (its size cannot be read).`);
  }
  const width = size.width ?? 0;
  const height = size.height ?? 0;
  if (width < 1 || height < 1) throw new LogoError('The image has no pixels.');
  if (width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE || width * height > MAX_LOGO_PIXELS) {
    throw new LogoError(
      `The image is ${width} × ${height} pixels; a logo may be at most ${MAX_LOGO_SIDE} pixels on a side and ${MAX_LOGO_PIXELS / 1_000_000} million pixels in all. Save a smaller copy and upload that.`,
    );
  }
  if (type === 'png') checkPng(bytes, width, height);
}

/**
 * The logo as the PDF may use it, from a data URL: a PNG or JPEG within the limits, or an SVG
 * rebuilt from the allow-lists. Throws a LogoError saying what is wrong otherwise.
 */
export function readLogo(dataUrl: string): LogoImage {
  const match = DATA_URL.exec(dataUrl);
  if (!match) throw new LogoError('The logo must be a PNG, JPEG or SVG image.');
  const type = match[1] as 'png' | 'jpeg' | 'svg+xml';
  const base64 = match[2] ?? '';
  if (base64.length > Math.ceil(MAX_LOGO_BYTES / 3) * 4) {
    throw new LogoError(`The logo file is larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB.`);
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new LogoError('The logo file is empty.');
  if (type !== 'svg+xml') {
    checkRaster(type, bytes);
    return { kind: 'image', source: dataUrl };
  }
  let markup: string;
  try {
    markup = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LogoError('The SVG is not UTF-8 text.');
  }
  const source = rebuild(parseSvg(markup.replace(/^\uFEFF/, '')));
  return { kind: 'svg', source };
}

/** The data URL to store for an uploaded logo: a raster as it came, an SVG as rebuilt. */
export function cleanLogoDataUrl(dataUrl: string): string {
  const logo = readLogo(dataUrl);
  return logo.kind === 'image'
    ? logo.source
    : `data:image/svg+xml;base64,${Buffer.from(logo.source, 'utf8').toString('base64')}`;
}

/** For printing: a logo that cannot be used (stored by an earlier version) is left out. */
export function logoFrom(dataUrl: string | undefined): LogoImage | null {
  if (dataUrl === undefined) return null;
  try {
    return readLogo(dataUrl);
  } catch {
    return null;
  }
}
