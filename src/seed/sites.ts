import type { Site } from '../../payload-types'
import { prismTheme } from './prismTheme'

type Theme = Omit<Site['theme'], 'logo'>

export type DemoSite = {
  description: string
  /** What the home page says, and a few words per feature column. */
  features: [string, string][]
  /** Plugin features switched on for the site (`sites.features`). */
  siteFeatures?: NonNullable<Site['features']>
  /** Header links to the site's plugin pages, after About, Posts and Search (six at most in all), each shown while its feature is. */
  featureNav?: { feature: string; label: string; url: string }[]
  name: string
  /** Two posts that say what the site is for. */
  posts: { body: string; slug: string; title: string }[]
  slug: string
  tagline: string
  theme: Theme
}

/**
 * Every site of SPEC.md, each with its own theme. Colour pairs meet WCAG AA (4.5:1) for body text
 * on the background and surface, and for button text on the accent (checked in seed.test.ts).
 */
export const demoSites: DemoSite[] = [
  {
    name: 'Lightwave',
    slug: 'lightwave',
    description: 'Marketing, docs and blog for the creative-business platform.',
    features: [],
    posts: [],
    tagline: 'Make the work. Prism runs the rest.',
    theme: prismTheme,
  },
  {
    name: 'CineOS',
    slug: 'cineos',
    description: 'The film production workspace: projects, shot lists and call sheets.',
    features: [
      ['Shot lists', 'Scenes and shots, numbered the way the edit wants them.'],
      ['Call sheets', 'Who, where and when, sent the night before.'],
      ['Delivery', 'Masters and versions, tracked to the client.'],
    ],
    posts: [
      {
        slug: 'what-is-cineos',
        body: 'CineOS follows a film from inquiry to delivery: one project holds the client, the schedule, the shot list and every deliverable.',
        title: 'What CineOS is for',
      },
      {
        slug: 'call-sheets-from-the-schedule',
        body: 'A call sheet is only useful if it is right. CineOS builds it from the schedule and the shot list, so it changes when they do.',
        title: 'Call sheets from the schedule',
      },
    ],
    tagline: 'Every shot, planned before the light goes.',
    theme: {
      accent: '#f5b942',
      accentForeground: '#1a1205',
      background: '#0e0f13',
      font: 'sans',
      foreground: '#f2f0ea',
      surface: '#1a1c22',
    },
  },
  {
    name: 'PhotographyOS',
    slug: 'photographyos',
    description: 'The photography studio workspace: shoots, client galleries and proofing.',
    features: [
      ['Shoots', 'Dates, locations and shot lists per client.'],
      ['Proofing', 'Clients pick and approve in one gallery.'],
      ['Delivery', 'Edited sets, delivered and archived.'],
    ],
    posts: [
      {
        slug: 'what-is-photographyos',
        body: 'PhotographyOS keeps each shoot, its client gallery and the picks in one place, so proofing takes one round instead of five.',
        title: 'What PhotographyOS is for',
      },
      {
        slug: 'one-round-proofing',
        body: 'Numbered frames, a deadline and a clear approve button: that is most of what a good proofing gallery needs.',
        title: 'One-round proofing',
      },
    ],
    tagline: 'From the shoot to the client’s picks.',
    theme: {
      accent: '#0f5e6e',
      accentForeground: '#ffffff',
      background: '#f7f7f5',
      font: 'serif',
      foreground: '#1b1b1b',
      surface: '#ffffff',
    },
  },
  {
    name: 'CreateOS',
    slug: 'createos',
    description: 'The generative creator workspace: stories, structure and canvases.',
    features: [
      ['Story', 'Acts, plot points and beats.'],
      ['Canvases', 'Node graphs that generate and assemble media.'],
      ['Takes', 'Every output kept as a version.'],
    ],
    posts: [
      {
        slug: 'what-is-createos',
        body: 'CreateOS is for generative work with a story: structure the acts and beats, then build the images and clips on a canvas.',
        title: 'What CreateOS is for',
      },
      {
        slug: 'keep-every-take',
        body: 'A canvas run keeps every take, so a good accident is never lost to the next attempt.',
        title: 'Keep every take',
      },
    ],
    tagline: 'Structure the story, generate the rest.',
    theme: {
      accent: '#b4361b',
      accentForeground: '#ffffff',
      background: '#fff8f1',
      font: 'rounded',
      foreground: '#231a12',
      surface: '#ffffff',
    },
  },
  {
    name: 'Portfolio',
    slug: 'portfolio',
    description: 'A personal portfolio: film reels, photo series and writing.',
    features: [
      ['Reels', 'Film work, cut short.'],
      ['Series', 'Photographs in sequence.'],
      ['Writing', 'Notes on the craft.'],
    ],
    posts: [
      {
        slug: 'about-this-portfolio',
        body: 'This portfolio collects reels, photo series and essays in one place, published from the same system as the client work.',
        title: 'About this portfolio',
      },
      {
        slug: 'notes-from-blue-hour',
        body: 'Notes from a week of shooting at dawn: what the blue hour gives, and what it takes.',
        title: 'Notes from the blue hour',
      },
    ],
    tagline: 'Reels, series and writing.',
    theme: {
      accent: '#1d4ed8',
      accentForeground: '#ffffff',
      background: '#ffffff',
      font: 'mono',
      foreground: '#111111',
      surface: '#f4f4f5',
    },
  },
  {
    name: 'Kids Ascension',
    slug: 'kids-ascension',
    description:
      'Video sharing for families: parents upload, moderators approve, kids watch safely.',
    featureNav: [{ feature: 'videos', label: 'Videos', url: '/videos' }],
    features: [
      ['Upload', 'Parents share their children’s videos.'],
      ['Moderation', 'Every video is approved by a person before anyone sees it.'],
      ['Family links', 'Private sharing with links that expire.'],
    ],
    posts: [
      {
        slug: 'how-kids-ascension-works',
        body: 'Kids Ascension is a place for families to share videos safely: nothing is public until a moderator has approved it.',
        title: 'How Kids Ascension works',
      },
      {
        slug: 'how-we-moderate',
        body: 'Our moderators look at every upload. Automated checks help them find problems sooner, but a person always decides.',
        title: 'How we moderate',
      },
    ],
    siteFeatures: ['videos'],
    tagline: 'Share what your kids make, safely.',
    theme: {
      accent: '#0b6e4f',
      accentForeground: '#ffffff',
      background: '#f0f9ff',
      font: 'rounded',
      foreground: '#0c2a43',
      surface: '#ffffff',
    },
  },
  {
    name: 'Ozean Licht',
    description: 'Courses, articles, events and a members’ area.',
    featureNav: [
      { feature: 'courses', label: 'Courses', url: '/courses' },
      { feature: 'events', label: 'Events', url: '/events' },
      { feature: 'courses', label: 'My courses', url: '/my-courses' },
    ],
    features: [
      ['Courses', 'Modules and lessons at your own pace.'],
      ['Events', 'Meet the teachers and each other.'],
      ['Membership', 'One membership, every course.'],
    ],
    posts: [
      {
        slug: 'welcome-to-ozean-licht',
        body: 'Ozean Licht offers courses in modules and lessons, articles and events for its members.',
        title: 'Welcome to Ozean Licht',
      },
      {
        slug: 'how-courses-work',
        body: 'Each course is a set of modules; each module a few short lessons. Your progress is saved as you go.',
        title: 'How our courses work',
      },
    ],
    // Lesson videos go through the video pipeline and its moderation.
    slug: 'ozean-licht',
    siteFeatures: ['courses', 'events', 'videos'],
    tagline: 'Learn with light and water.',
    theme: {
      accent: '#0e6b78',
      accentForeground: '#ffffff',
      background: '#f1f8f8',
      font: 'serif',
      foreground: '#0b2e33',
      surface: '#ffffff',
    },
  },
  {
    name: 'LuminAI',
    slug: 'luminai',
    description: 'Conversations with personas, grounded in a knowledge map.',
    features: [
      ['Personas', 'Voices with their own knowledge and tone.'],
      ['Sessions', 'Conversations you can return to and export.'],
      ['Knowledge map', 'See which passages each reply used.'],
    ],
    posts: [
      {
        slug: 'what-is-luminai',
        body: 'LuminAI sessions are conversations with personas; every reply shows the knowledge passages it drew on.',
        title: 'What LuminAI is for',
      },
      {
        slug: 'export-your-sessions',
        body: 'Export any session as Markdown, JSON lines or PDF: your conversations are yours.',
        title: 'Export your sessions',
      },
    ],
    tagline: 'Conversations that show their sources.',
    theme: {
      accent: '#a78bfa',
      accentForeground: '#14112b',
      background: '#111026',
      font: 'sans',
      foreground: '#ecebff',
      surface: '#1c1a3a',
    },
  },
  {
    name: 'Studio',
    slug: 'studio',
    description: 'The generative media studio: projects and node-graph canvases.',
    features: [
      ['Canvases', 'Wire text, image and video nodes into a graph.'],
      ['Runs', 'Watch each node run, in order, on the workers.'],
      ['Projects', 'Export a whole project and import it anywhere.'],
    ],
    posts: [
      {
        slug: 'what-is-studio',
        body: 'Studio is a production canvas: nodes for text, images, upscaling and video assembly, run in dependency order.',
        title: 'What Studio is for',
      },
      {
        slug: 'canvases-together',
        body: 'Several editors can work on one canvas at once and see each other’s changes live.',
        title: 'Canvases, together',
      },
    ],
    tagline: 'A canvas for generative production.',
    theme: {
      accent: '#34d399',
      accentForeground: '#06281c',
      background: '#101418',
      font: 'mono',
      foreground: '#e8edf2',
      surface: '#182029',
    },
  },
]
