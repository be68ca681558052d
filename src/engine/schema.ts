import { z } from './zod';
import { AssessmentSchema } from './assessment-schema';
import { ID_PATTERN, MAX_CHOICES, STATUSES, VERSION_PATTERN } from './ids';

export { ID_PATTERN, MAX_CHOICES, STATUSES, VERSION_PATTERN } from './ids';
export { historyOf, type History } from './history';

const id = z.string().regex(ID_PATTERN);
const text = z.string().min(1);
const texts = z.array(text);
const cites = z.array(id);

/** A condition on the world or on earlier choices; the whole, closed set. */
export type Condition =
  | { fact: string; is: boolean }
  | { meter: string; min?: number; max?: number }
  | { chose: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Zod schema of a condition (recursive through all/any/not). */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: id, is: z.boolean() }),
    z.strictObject({ meter: id, min: z.number().optional(), max: z.number().optional() }),
    z.strictObject({ chose: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+\.[a-z0-9-]+$/) }),
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/** Changes to the world: `set` facts to true/false, `add` numbers to meters (clamped). */
export const EffectsSchema = z.strictObject({
  set: z.record(id, z.boolean()).optional(),
  add: z.record(id, z.number()).optional(),
});

/** An excerpt copied from the source text, with who said it. */
export const SourceSchema = z.strictObject({
  id,
  quote: text,
  attribution: text,
  /** In a translated scenario: the excerpt in the scenario's language, shown beside the verbatim quote and labelled as a translation. */
  translation: text.optional(),
  fact: z.number().int().positive().optional(),
});

/** A number the player sees as a bar. */
export const MeterSchema = z.strictObject({
  id,
  label: text,
  min: z.number(),
  max: z.number(),
  initial: z.number(),
  roles: z.array(id).optional(),
});

/** A true/false fact about the world; hidden ones are revealed in the debrief. */
export const FactSchema = z.strictObject({
  id,
  label: text,
  group: text.optional(),
  initial: z.boolean(),
  hidden: z.boolean().optional(),
  reveal: text.optional(),
});

/** What follows a choice, how sure the source is, and which excerpts back it. */
export const OutcomeSchema = z.strictObject({
  text,
  status: z.enum(STATUSES),
  cites: cites.optional(),
  basis: cites.optional(),
});

/**
 * How a choice or ending stands to the source: `historical` (the source says it was done) or
 * `assumed` (the source is silent; the story follows it by default). Never both (checked in
 * validate-history.ts, so that the shape stays a plain object).
 */
const historyMarks = {
  historical: z.boolean().optional(),
  assumed: z.boolean().optional(),
};
/** Alternative texts: the first whose `when` holds replaces those fields of the base. */
const variantsOf = <T extends z.ZodRawShape>(fields: T) =>
  z.array(z.strictObject({ when: ConditionSchema, ...fields })).min(1);

/** One option of a decision. */
export const ChoiceSchema = z.strictObject({
  id,
  label: text,
  verb: text.optional(),
  cost: text.optional(),
  ...historyMarks,
  when: ConditionSchema.optional(),
  effects: EffectsSchema.optional(),
  outcome: OutcomeSchema.optional(),
  next: id,
});

/** A prompt and the choices it offers. */
export const DecisionSchema = z.strictObject({
  prompt: text,
  choices: z.array(ChoiceSchema).min(1).max(MAX_CHOICES),
});

/** Notes for the person running the exercise. */
export const FacilitatorSchema = z.strictObject({
  purpose: text.optional(),
  discussion: text.optional(),
  questions: texts.min(2).max(4).optional(),
  minutes: z.number().positive().optional(),
});

/** One scene of a role: either a decision or a plain `next`. */
export const BeatSchema = z.strictObject({
  id,
  title: text,
  setting: id,
  sound: id.optional(),
  text,
  knows: texts.optional(),
  doesNotKnow: texts.optional(),
  facilitator: FacilitatorSchema.optional(),
  questions: texts.optional(),
  /** The scenario `timeline` entry this beat happens at (the who-knew-what picture). */
  moment: id.optional(),
  /** Texts that follow the world: the first whose `when` holds replaces these fields. */
  variants: variantsOf({
    text: text.optional(),
    knows: texts.optional(),
    doesNotKnow: texts.optional(),
  }).optional(),
  decision: DecisionSchema.optional(),
  next: id.optional(),
});

/** What really happened, with its citations. */
export const RealitySchema = z.strictObject({ text, cites: cites.optional() });

/** How a role's story ends, and the debrief that follows. */
export const EndingSchema = z.strictObject({
  id,
  title: text,
  ...historyMarks,
  debrief: text,
  variants: variantsOf({ debrief: text.optional() }).optional(),
  reality: RealitySchema,
  questions: texts.min(1),
  effects: EffectsSchema.optional(),
});

/** News arriving at a beat. */
export const InjectSchema = z.strictObject({
  id,
  at: id,
  headline: text,
  text,
  cites: cites.optional(),
  when: ConditionSchema.optional(),
});

/** The way back to the historical line when a role's `requires` does not hold. */
export const RejoinHistorySchema = z.strictObject({
  text,
  variants: variantsOf({ text: text.optional() }).optional(),
  cites: cites.optional(),
  effects: EffectsSchema.optional(),
});

/** One playable role and its beats. */
export const RoleSchema = z.strictObject({
  id,
  name: text,
  summary: text,
  briefing: text,
  knows: texts.optional(),
  variants: variantsOf({ briefing: text.optional(), knows: texts.optional() }).optional(),
  learningObjectives: texts.optional(),
  /** The before-and-after check, tied to the learning objectives (assessment-schema.ts). */
  assessment: AssessmentSchema.optional(),
  meters: z.array(id).optional(),
  /** The setting key the stage shows when a screen names none (briefing, ending). */
  home: id.optional(),
  /** The accent key of the role's lights and screens (e.g. `amber`). */
  accent: id.optional(),
  start: id,
  requires: ConditionSchema.optional(),
  rejoinHistory: RejoinHistorySchema.optional(),
  injects: z.array(InjectSchema).optional(),
  beats: z.array(BeatSchema).min(1),
  endings: z.array(EndingSchema).min(1),
});

/** The world variables: meters and facts. */
export const WorldSchema = z.strictObject({
  meters: z.array(MeterSchema).optional(),
  facts: z.array(FactSchema).optional(),
});

/** A moment of the incident, on the time axis shared by every role. */
export const MomentSchema = z.strictObject({ id, label: text });

/** What is invented, left open and claimed by whom, for one role. */
export const AccuracyRoleSchema = z.strictObject({
  role: id,
  invented: texts.optional(),
  open: texts.optional(),
  claims: texts.optional(),
});

/** Accuracy notes: what the game is drawn from and how far to trust each part of it. */
export const AccuracySchema = z.strictObject({
  summary: text,
  roles: z.array(AccuracyRoleSchema).optional(),
});

/**
 * A name a facilitator may withhold for a corporate audience, and the words shown instead (e.g.
 * `Kaspersky Lab` as `the vendor`); a verbatim excerpt shows the words in an editorial bracket.
 */
export const UnnamedSchema = z.strictObject({
  name: text,
  as: text,
  /** A translation's name as its excerpts (in the original's language) write it: replaced only there. */
  excerptsOnly: z.boolean().optional(),
});

/** Playing the roles in sequence. */
export const CampaignSchema = z.strictObject({ order: z.array(id).min(1) });

const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);

const metadata = {
  id,
  title: text,
  summary: text,
  version: z.string().regex(VERSION_PATTERN),
  language: languageCode,
  /** The language of the sources' excerpts when it is not `language` (a translation's excerpts stay in the original's). */
  sourceLanguage: languageCode.optional(),
  estimatedMinutes: z.number().positive(),
  fictional: z.boolean().optional(),
  learningObjectives: texts.optional(),
  world: WorldSchema,
  campaign: CampaignSchema.optional(),
  /** The incident's moments, in time order; beats name one with `moment`. */
  timeline: z.array(MomentSchema).min(1).optional(),
  sources: z.array(SourceSchema).optional(),
  accuracy: AccuracySchema.optional(),
  /** Names a facilitator may withhold at set-up, and the words shown instead (src/facilitation/unnamed.ts). */
  unnamed: z.array(UnnamedSchema).min(1).optional(),
};

/** The merged scenario document (a folder's files merged, or one whole file). */
export const ScenarioSchema = z.strictObject({ ...metadata, roles: z.array(RoleSchema).min(1) });
/** `scenario.yaml` inside a folder: the document without its roles. */
export const ScenarioFileSchema = z.strictObject(metadata);
/** `sources.yaml` inside a folder. */
export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema) });

export type Scenario = z.infer<typeof ScenarioSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Beat = z.infer<typeof BeatSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type Ending = z.infer<typeof EndingSchema>;
export type Inject = z.infer<typeof InjectSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Meter = z.infer<typeof MeterSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type TimelineMoment = z.infer<typeof MomentSchema>;
export type Effects = z.infer<typeof EffectsSchema>;
export type RejoinHistory = z.infer<typeof RejoinHistorySchema>;
export type Status = (typeof STATUSES)[number];
export type Accuracy = z.infer<typeof AccuracySchema>;
export type AccuracyRole = z.infer<typeof AccuracyRoleSchema>;
export type Unnamed = z.infer<typeof UnnamedSchema>;
