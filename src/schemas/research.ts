import { z } from 'zod';
import { DateSchema, DescriptionSchema, EntityRefSchema, SlugSchema, TitleSchema } from './shared.ts';

/** One theme of the coding frame, `research/themes.yaml`. */
export const ThemeSchema = z.strictObject({
  /** Stable id, used by observations and as the file name of the theme's finding. */
  id: SlugSchema,
  /** Short title, e.g. "Waiting for infrastructure". */
  title: TitleSchema,
  /** What counts as this theme when coding notes, so two researchers code alike. */
  description: DescriptionSchema,
});

/** The coding frame: `research/themes.yaml`, a list of themes. */
export const ThemesFileSchema = z.strictObject({
  /** The themes. At least one. */
  themes: z.array(ThemeSchema).min(1),
});
export type ThemeData = z.output<typeof ThemeSchema>;

/** The kinds of coded observation. */
export const OBSERVATION_KINDS = ['pain', 'workaround', 'need', 'praise'] as const;

/** One coded observation of an interview. */
export const ObservationSchema = z.strictObject({
  /** The theme it is coded under: an id from `research/themes.yaml`. */
  theme: SlugSchema,
  /** pain, workaround, need or praise. */
  kind: z.enum(OBSERVATION_KINDS),
  /** How much it hurts: 1 (minor) to 3 (blocks work). Praise is usually 1. */
  severity: z.number().int().min(1).max(3),
  /** The researcher's paraphrase, in a sentence. */
  note: z.string().trim().min(1),
  /** The participant's own words, verbatim. Shown only when `consent.quotes` is true. */
  quote: z.string().trim().min(1).optional(),
});

/** A participant code: `P` and two or more digits, e.g. P07. Never reused, never a name. */
export const ParticipantCodeSchema = z.string().regex(/^P\d{2,}$/, 'use a participant code such as P07, never a name');

/** Pseudonymous participant: a code and a context, never a name. */
export const ParticipantSchema = z.strictObject({
  /** Participant code, `P` and two or more digits, e.g. P07. */
  code: ParticipantCodeSchema,
  /** The participant's team: a catalogue Group reference. */
  team: EntityRefSchema,
  /** Their role, in general terms ("backend engineer"), never a job title that identifies one person. */
  role: z.string().trim().min(1),
  /** How long they have been at the company, in months. */
  tenureMonths: z.number().int().min(0),
});

/** What the participant agreed to, recorded before the interview. */
export const ConsentSchema = z.strictObject({
  /** The participant agreed that the note may be published on the portal. */
  publish: z.boolean(),
  /** The participant agreed that verbatim quotes may be shown. */
  quotes: z.boolean(),
  /** When consent was recorded (YYYY-MM-DD). */
  recorded: DateSchema,
});

/**
 * Front matter of an interview note: `research/interviews/<id>.md`.
 * Notes without publish consent are never rendered, but their coded observations still count as evidence.
 */
export const InterviewSchema = z
  .strictObject({
    /** A neutral title: "P07: backend engineer, payments". */
    title: TitleSchema,
    /** Date of the interview (YYYY-MM-DD). */
    date: DateSchema,
    /** Who interviewed: a catalogue Group or User reference. */
    interviewer: EntityRefSchema,
    /** The participant, pseudonymous. */
    participant: ParticipantSchema,
    /** Recorded consent. */
    consent: ConsentSchema,
    /** The date after which the note must be deleted (YYYY-MM-DD). */
    retainUntil: DateSchema,
    /** Coded observations. */
    observations: z.array(ObservationSchema).default([]),
  })
  .superRefine((note, ctx) => {
    // zod runs this even when a date above failed to parse (it is still the raw text then): compare only real dates.
    const isDate = (d: unknown): d is Date => d instanceof Date;
    if (!isDate(note.date)) return;
    if (isDate(note.consent?.recorded) && note.consent.recorded.getTime() > note.date.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['consent', 'recorded'], message: 'consent must be recorded on or before the interview date' });
    }
    if (isDate(note.retainUntil) && note.retainUntil.getTime() <= note.date.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['retainUntil'], message: 'the retention date must come after the interview date' });
    }
  });
export type InterviewData = z.output<typeof InterviewSchema>;
export type ObservationData = z.output<typeof ObservationSchema>;

/**
 * What the site keeps of an interview note: the `interviews` collection. A note without publish consent
 * keeps only what evidence needs (team, date, theme, kind, severity) and none of its text; a quote is
 * kept only with quote consent. Built by the interviews loader from a validated InterviewSchema note.
 */
export const InterviewRecordSchema = z.strictObject({
  /** Whether the note itself is published (publish consent). */
  published: z.boolean(),
  /** Whether its quotes may be shown: publish and quote consent both. */
  quotes: z.boolean(),
  /** Date of the interview. */
  date: z.date(),
  /** The participant's team (a Group reference): needed to count distinct teams. */
  team: EntityRefSchema,
  /** Title, participant code and role: published notes only. */
  title: z.string().optional(),
  code: z.string().optional(),
  role: z.string().optional(),
  tenureMonths: z.number().optional(),
  /** Coded observations; `note` only when published, `quote` only with quote consent too. */
  observations: z.array(
    z.strictObject({
      theme: SlugSchema,
      kind: z.enum(OBSERVATION_KINDS),
      severity: z.number().int(),
      note: z.string().optional(),
      quote: z.string().optional(),
    }),
  ),
});
export type InterviewRecord = z.output<typeof InterviewRecordSchema>;

/** Reduces a validated note to what may be kept for the site: nothing from an unconsented note but its codes. */
export function toInterviewRecord(note: InterviewData): InterviewRecord {
  const published = note.consent.publish;
  const quotes = published && note.consent.quotes;
  return {
    published,
    quotes,
    date: note.date,
    team: note.participant.team,
    ...(published ? { title: note.title, code: note.participant.code, role: note.participant.role, tenureMonths: note.participant.tenureMonths } : {}),
    observations: note.observations.map((o) => ({
      theme: o.theme,
      kind: o.kind,
      severity: o.severity,
      ...(published ? { note: o.note } : {}),
      ...(quotes && o.quote ? { quote: o.quote } : {}),
    })),
  };
}

/**
 * One line of the private roster, `research/roster.private.yaml`: who a participant code stands for.
 * The file is git-ignored and never published; the toolkit reads it only to look for these names in
 * anything that could be published.
 */
export const RosterEntrySchema = z.strictObject({
  /** The participant code used in the note, e.g. P07. */
  code: ParticipantCodeSchema,
  /** The participant's full name. */
  name: z.string().trim().min(1, 'required: the participant\'s full name'),
  /** Other names they go by (a nickname, a maiden name). Each is looked for too. Default none. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** When consent was given (YYYY-MM-DD), as on the signed form. Optional. */
  consentRecorded: DateSchema.optional(),
  /** Where the signed consent form is kept, e.g. a folder of the team's restricted drive. Optional. */
  consentForm: z.string().trim().min(1).optional(),
});
export type RosterEntry = z.output<typeof RosterEntrySchema>;

/** The private roster file: a list of participants. */
export const RosterFileSchema = z.strictObject({
  /** One entry per participant code. */
  participants: z.array(RosterEntrySchema).default([]),
});
