import { z } from 'zod';

/** Discord's documented message limits, checked so a bot that breaks them fails here first. */
export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of every title, description, field, footer and author text in one message. */
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceStringValue: 100,
} as const;

/** The flag that lets a message use layout components instead of action rows. */
const IS_COMPONENTS_V2 = 1 << 15;

const embedSchema = z.looseObject({
  title: z.string().max(MESSAGE_LIMITS.embedTitle).optional(),
  description: z.string().max(MESSAGE_LIMITS.embedDescription).optional(),
  url: z.string().optional(),
  color: z.number().int().optional(),
  fields: z
    .array(
      z.looseObject({
        name: z.string().min(1).max(MESSAGE_LIMITS.embedFieldName),
        value: z.string().min(1).max(MESSAGE_LIMITS.embedFieldValue),
        inline: z.boolean().optional(),
      }),
    )
    .max(MESSAGE_LIMITS.embedFields)
    .optional(),
  footer: z.looseObject({ text: z.string().max(MESSAGE_LIMITS.embedFooterText) }).optional(),
  author: z.looseObject({ name: z.string().max(MESSAGE_LIMITS.embedAuthorName) }).optional(),
});

/** An embed as the stand-in stores it: Discord's known fields checked, the rest kept. */
export type StandInEmbed = z.infer<typeof embedSchema>;

/** A message component; layout components nest further components. */
export interface StandInComponent {
  type: number;
  custom_id?: string | undefined;
  label?: string | undefined;
  components?: StandInComponent[] | undefined;
  [key: string]: unknown;
}

const componentSchema: z.ZodType<StandInComponent> = z.looseObject({
  type: z.number().int(),
  custom_id: z.string().min(1).max(MESSAGE_LIMITS.customId).optional(),
  label: z.string().max(MESSAGE_LIMITS.buttonLabel).optional(),
  get components() {
    return z.array(componentSchema).optional();
  },
});

const allowedMentionsSchema = z.looseObject({
  parse: z.array(z.enum(['roles', 'users', 'everyone'])).optional(),
  users: z.array(z.string()).optional(),
  roles: z.array(z.string()).optional(),
  replied_user: z.boolean().optional(),
});

/** Which mentions a message may ping, as the bot asked. */
export type StandInAllowedMentions = z.infer<typeof allowedMentionsSchema>;

function embedTextLength(embed: StandInEmbed): number {
  const fieldText = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fieldText +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Walks nested components, so rules on custom ids see buttons inside rows and containers. */
export function flattenComponents(components: readonly StandInComponent[]): StandInComponent[] {
  return components.flatMap((c) => [c, ...flattenComponents(c.components ?? [])]);
}

/**
 * The message part of a reply, edit or follow-up. `null` clears a field on an edit, as on
 * Discord; an absent field leaves it unchanged.
 */
export const messageDataSchema = z
  .looseObject({
    content: z.string().max(MESSAGE_LIMITS.content).nullish(),
    embeds: z.array(embedSchema).max(MESSAGE_LIMITS.embeds).nullish(),
    components: z.array(componentSchema).nullish(),
    flags: z.number().int().nullish(),
    allowed_mentions: allowedMentionsSchema.nullish(),
    attachments: z.array(z.looseObject({ id: z.union([z.string(), z.number()]) })).nullish(),
  })
  .superRefine((data, ctx) => {
    const embeds = data.embeds ?? [];
    if (embeds.reduce((n, e) => n + embedTextLength(e), 0) > MESSAGE_LIMITS.embedTotal) {
      ctx.addIssue({
        code: 'custom',
        path: ['embeds'],
        message: `Embed size exceeds maximum size of ${MESSAGE_LIMITS.embedTotal}`,
        params: { discordCode: 'MAX_EMBED_SIZE_EXCEEDED' },
      });
    }
    const components = data.components ?? [];
    if (((data.flags ?? 0) & IS_COMPONENTS_V2) === 0) checkActionRows(components, ctx);
    const seen = new Set<string>();
    for (const component of flattenComponents(components)) {
      if (component.custom_id === undefined) continue;
      if (seen.has(component.custom_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['components'],
          message: `Component custom id cannot be duplicated: ${component.custom_id}`,
          params: { discordCode: 'COMPONENT_CUSTOM_ID_DUPLICATED' },
        });
      }
      seen.add(component.custom_id);
    }
  });

function checkActionRows(rows: readonly StandInComponent[], ctx: z.RefinementCtx): void {
  if (rows.length > MESSAGE_LIMITS.actionRows) {
    ctx.addIssue({
      code: 'too_big',
      origin: 'array',
      maximum: MESSAGE_LIMITS.actionRows,
      inclusive: true,
      path: ['components'],
      input: rows,
      message: 'Too many action rows',
    });
  }
  rows.forEach((row, index) => {
    if (row.type !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['components', index, 'type'],
        message: 'Top-level components must be action rows (type 1) without IS_COMPONENTS_V2',
        params: { discordCode: 'UNION_TYPE_CHOICES' },
      });
    } else if ((row.components?.length ?? 0) > MESSAGE_LIMITS.componentsPerRow) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'array',
        maximum: MESSAGE_LIMITS.componentsPerRow,
        inclusive: true,
        path: ['components', index, 'components'],
        input: row.components,
        message: 'Too many components in one action row',
      });
    }
  });
}

/** A reply, edit or follow-up body as the bot sent it. */
export type MessageData = z.infer<typeof messageDataSchema>;

/** The `data` of an autocomplete result (callback type 8). */
export const autocompleteDataSchema = z.looseObject({
  choices: z
    .array(
      z.looseObject({
        name: z.string().min(1).max(MESSAGE_LIMITS.choiceName),
        value: z.union([z.string().max(MESSAGE_LIMITS.choiceStringValue), z.number()]),
      }),
    )
    .max(MESSAGE_LIMITS.autocompleteChoices),
});

/** An autocomplete result as the bot sent it. */
export type AutocompleteData = z.infer<typeof autocompleteDataSchema>;
