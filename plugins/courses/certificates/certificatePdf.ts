import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'

import type { Certificate } from './lookup'

// The standard PDF fonts encode WinAnsi only: anything else (emoji, most non-Latin scripts) becomes "?".
const winAnsi = (text: string) =>
  text
    .normalize('NFC')
    .replace(
      /[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/gu,
      '?',
    )

/** The lines of a certificate, top to bottom, as printed. */
export function certificateLines(certificate: Certificate): { size: number; text: string }[] {
  const date = new Date(certificate.completedAt).toLocaleDateString('en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  })
  return [
    { size: 16, text: certificate.siteName },
    { size: 34, text: 'Certificate of completion' },
    { size: 14, text: 'This certifies that' },
    { size: 28, text: certificate.memberName },
    { size: 14, text: 'has completed the course' },
    { size: 24, text: certificate.courseTitle },
    {
      size: 12,
      text: [
        certificate.instructor && `Instructor: ${certificate.instructor}`,
        `Completed on ${date}`,
      ]
        .filter(Boolean)
        .join('   ·   '),
    },
    { size: 10, text: `Certificate ${certificate.code} · verify at ${certificate.verifyUrl}` },
  ].map((line) => ({ ...line, text: winAnsi(line.text) }))
}

/** One landscape A4 page, the lines centred. */
export async function certificatePdf(certificate: Certificate): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(winAnsi(`${certificate.courseTitle} — certificate of completion`))
  pdf.setAuthor(winAnsi(certificate.siteName))
  const page = pdf.addPage([841.89, 595.28])
  const [regular, bold] = await Promise.all([
    pdf.embedFont(StandardFonts.Helvetica),
    pdf.embedFont(StandardFonts.HelveticaBold),
  ])
  page.drawRectangle({
    borderColor: rgb(0.05, 0.42, 0.47),
    borderWidth: 3,
    height: 555,
    width: 801,
    x: 20,
    y: 20,
  })
  let y = 470
  for (const [i, line] of certificateLines(certificate).entries()) {
    const font = i === 1 || i === 3 || i === 5 ? bold : regular
    const width = font.widthOfTextAtSize(line.text, line.size)
    page.drawText(line.text, {
      color: rgb(0.04, 0.18, 0.2),
      font,
      size: line.size,
      x: (841.89 - width) / 2,
      y,
    })
    y -= line.size + (i === 1 || i === 3 || i === 5 ? 30 : 18)
  }
  return pdf.save()
}
