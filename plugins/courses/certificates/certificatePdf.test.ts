import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { certificateLines, certificatePdf } from './certificatePdf'
import type { Certificate } from './lookup'

const certificate: Certificate = {
  code: 'K7M2Q9X4B8ZD',
  completedAt: '2026-11-20T10:00:00.000Z',
  courseSlug: 'breathing-with-the-ocean',
  courseTitle: 'Breathing with the Ocean',
  instructor: 'Marina Wellen',
  memberName: 'Théo Strand',
  siteName: 'Ozean Licht',
  verifyUrl: 'https://ozean-licht.example/certificates/K7M2Q9X4B8ZD',
}

describe('certificatePdf', () => {
  it('states who completed which course when, with the code and where to verify it', () => {
    expect(certificateLines(certificate).map((line) => line.text)).toEqual([
      'Ozean Licht',
      'Certificate of completion',
      'This certifies that',
      'Théo Strand',
      'has completed the course',
      'Breathing with the Ocean',
      'Instructor: Marina Wellen   ·   Completed on 20 November 2026',
      'Certificate K7M2Q9X4B8ZD · verify at https://ozean-licht.example/certificates/K7M2Q9X4B8ZD',
    ])
  })

  it('prints names the standard fonts cannot draw with a placeholder instead of failing', async () => {
    const named = { ...certificate, memberName: '光 Hikari 🌊' }
    expect(certificateLines(named)[3].text).toBe('? Hikari ?')
    const pdf = await PDFDocument.load(await certificatePdf(named))
    expect(pdf.getPageCount()).toBe(1)
    const { height, width } = pdf.getPage(0).getSize()
    expect(width).toBeGreaterThan(height)
  })
})
