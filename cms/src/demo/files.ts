import sharp from 'sharp'

/** A file the seed uploads: generated in code, so no binaries are committed. */
export interface SeedFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

const file = (data: Buffer, mimetype: string, name: string): SeedFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** A solid-colour PNG (16:9), large enough for every image size Payload derives from it. */
export async function solidPng(name: string, colour: string): Promise<SeedFile> {
  const data = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: colour },
  })
    .png()
    .toBuffer()
  return file(data, 'image/png', name)
}

/** A one-page PDF with one line of text, written by hand (PDF 1.4, Helvetica). */
export function onePagePdf(name: string, line: string): SeedFile {
  const text = line.replace(/[()\\]/g, (char) => `\\${char}`)
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return file(Buffer.from(body, 'latin1'), 'application/pdf', name)
}

/** A WebVTT captions file from (start, end, text) cues. */
export function vttCaptions(name: string, cues: ReadonlyArray<[string, string, string]>): SeedFile {
  const body = ['WEBVTT', '', ...cues.map(([start, end, text]) => `${start} --> ${end}\n${text}\n`)]
  return file(Buffer.from(body.join('\n'), 'utf8'), 'text/vtt', name)
}
