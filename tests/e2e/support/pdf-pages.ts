// Reads a PDF that Chromium (Skia) printed or pdfkit wrote, page by page: each page's size and the text drawn on it.
// Enough of PDF for those producers — uncompressed object dictionaries, Flate content streams, Type0
// fonts with ToUnicode maps — so the memo's print test needs no PDF library beyond Node's zlib.
import { inflateSync } from "node:zlib";

export type PdfPage = { width: number; height: number; text: string };

type Obj = { dict: string; stream?: Buffer };

function objects(pdf: Buffer): Map<number, Obj> {
  const src = pdf.toString("latin1");
  const out = new Map<number, Obj>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2];
    const s = /stream\r?\n/.exec(body);
    if (!s) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, s.index);
    const raw = Buffer.from(body.slice(s.index + s[0].length, body.lastIndexOf("endstream")), "latin1");
    out.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return out;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1] ?? NaN);

/** A ToUnicode CMap as glyph code → text. */
function cmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1], 16), utf16(m[2]));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [lo, hi, dst] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(dst + c - lo));
    }
    // The array form, one destination per code (pdfkit writes its embedded fonts' maps so).
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
      const lo = parseInt(m[1], 16);
      [...m[3].matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1])));
    }
  }
  return map;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const objs = objects(pdf);
  const get = (n: number) => objs.get(n);
  const pages = [...objs.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict));
  return pages.map((page) => {
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(page.dict)!;
    const resources = /\/Resources\s+(\d+) 0 R/.test(page.dict) ? get(ref(page.dict, "Resources"))!.dict : page.dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? get(ref(resources, "Font"))?.dict ?? "";
    const fonts = new Map<string, Map<number, string>>();
    for (const f of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const font = get(Number(f[2]));
      const toUnicode = font && get(ref(font.dict, "ToUnicode"));
      fonts.set(f[1], toUnicode?.stream ? cmap(toUnicode.stream.toString("latin1")) : new Map());
    }
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1].match(/(\d+) 0 R/g) ?? [
      `${ref(page.dict, "Contents")} 0 R`,
    ];
    let text = "";
    let font = new Map<number, string>();
    for (const c of contents) {
      const ops = get(parseInt(c, 10))?.stream?.toString("latin1") ?? "";
      for (const t of ops.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\b(ET|Td|TD|Tm|T\*)\b/g)) {
        if (t[1]) font = fonts.get(t[1]) ?? new Map();
        else if (t[2] !== undefined)
          text += (t[2].match(/.{4}/g) ?? []).map((h) => font.get(parseInt(h, 16)) ?? "").join("");
        else text += " ";
      }
    }
    return {
      width: Number(box[3]) - Number(box[1]),
      height: Number(box[4]) - Number(box[2]),
      text: text.replace(/\s+/g, " ").trim(),
    };
  });
}
