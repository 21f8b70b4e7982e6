import { block, heading, list, type RichText, richText } from './lexical'

export type DemoPost = {
  category: string
  content: RichText
  description: string
  slug: string
  title: string
}

/** Six posts of the lightwave blog, the creative-business platform that Prism's first site markets. */
export const demoPosts: DemoPost[] = [
  {
    slug: 'shot-lists-that-work',
    category: 'cinematography',
    content: richText(
      'A shot list is the cheapest place to make a film better. Every decision you write down before the shoot is one you do not make tired, at dusk, with the light going.',
      heading('h2', 'Start from the scene, not the camera'),
      'Write what the audience must understand at the end of the scene, then the minimum set of shots that makes them understand it.',
      list([
        '**Wide** to place people in the room',
        '**Singles** for the turn in the conversation',
        '**Inserts** for what the scene hinges on',
      ]),
      block(
        {
          blockType: 'banner',
          content: richText(
            'Number shots by scene: 12A, 12B. Call sheets and the edit will thank you.',
          ),
          style: 'info',
        },
        'seed-banner-1',
      ),
    ),
    description: 'How to plan a shoot that leaves room for the happy accident.',
    title: 'Shot lists that actually work',
  },
  {
    slug: 'proofing-without-pain',
    category: 'photography',
    content: richText(
      'Client proofing is where a photo business wins or loses its weekends. The fewer rounds of "which one was it again?", the sooner you deliver.',
      heading('h2', 'One gallery, one decision'),
      'Send a single gallery with numbered frames, ask for picks by a date, and show the client what they already approved.',
    ),
    description: 'Galleries that get a decision on the first round.',
    title: 'Client proofing without the pain',
  },
  {
    slug: 'colour-as-story',
    category: 'film',
    content: richText(
      'Colour is a story decision before it is a grading decision. Pick the palette in pre-production and every department can push in the same direction.',
      heading('h2', 'A palette in three swatches'),
      'Choose a dominant, a supporting and an accent colour. Write them on the call sheet.',
      block(
        {
          blockType: 'code',
          code: 'ffmpeg -i take.mov -vf "lut3d=show.cube" -c:v prores_ks graded.mov',
          language: 'shell',
        },
        'seed-code-1',
      ),
    ),
    description: 'Deciding the look of a film before the first shooting day.',
    title: 'Colour as a story decision',
  },
  {
    slug: 'portfolio-as-argument',
    category: 'photography',
    content: richText(
      'A portfolio is an argument, not an archive. Twelve pictures that say one thing beat eighty that say everything.',
      heading('h2', 'Edit by removing'),
      'Print small, lay them out, take one away each day for a week. What is left is the portfolio.',
    ),
    description: 'Why a smaller portfolio gets more bookings.',
    title: 'A portfolio is an argument',
  },
  {
    slug: 'delivery-is-craft',
    category: 'film',
    content: richText(
      'Delivery is part of the craft. A film that arrives late, in the wrong format, with missing subtitles, is remembered for that.',
      heading('h2', 'Write the delivery list on day one'),
      list([
        'Masters and their codecs',
        'Subtitles and captions',
        'Stills for press',
        'Music cue sheet',
      ]),
    ),
    description: 'Plan deliverables at the start, not the end.',
    title: 'Delivery is part of the craft',
  },
  {
    slug: 'scheduling-by-the-sun',
    category: 'cinematography',
    content: richText(
      'Available light is not free light. It moves, it changes colour, and it leaves when it likes.',
      heading('h2', 'Schedule by the sun'),
      'Plan exteriors around the light, then fit the interiors into the gaps. Your gaffer will have fewer miracles to perform.',
      block(
        {
          blockType: 'banner',
          content: richText('Golden hour is shorter than it looks on a chart.'),
          style: 'warning',
        },
        'seed-banner-2',
      ),
    ),
    description: 'Building a shooting schedule around the light you have.',
    title: 'Scheduling by the sun',
  },
]
