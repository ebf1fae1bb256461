import { escapeMarkdown } from 'discord.js';
import { stripControls } from '../text/strip-controls.ts';

const ellipsis = '…';

/**
 * Cuts text to at most `max` characters at a word boundary, ending with "…"; text that fits is
 * returned unchanged. Never splits a surrogate pair.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return ellipsis.slice(0, Math.max(0, max));
  let cut = max - ellipsis.length;
  const lastSpace = text.lastIndexOf(' ', cut);
  if (lastSpace > cut * 0.6) cut = lastSpace;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}${ellipsis}`;
}

/**
 * Makes text safe to echo: control and bidi characters are removed (an override would reverse
 * what follows), Markdown is escaped so it shows as typed, and mentions are broken with a
 * zero-width space so `@everyone` or `<@123>` reads as text and can never ping, whatever
 * `allowedMentions` says.
 */
export function escapeUserText(text: string): string {
  return neutraliseMentions(
    escapeMarkdown(stripControls(text), {
      heading: true,
      bulletedList: true,
      numberedList: true,
      maskedLink: true,
    }),
  );
}

/**
 * Escapes text and fits it to `max` characters. The text is cut before escaping as well as
 * after: discord.js's escaper is quadratic, so a 40,000-character passage would otherwise
 * block the bot for seconds.
 */
export function safeText(text: string, max: number): string {
  return truncateAtWord(escapeUserText(truncateAtWord(text, max)), max);
}

/** A link's URL with every character that Discord could read as a mention or as the end of a Markdown link percent-encoded; the link still works. */
export function safeUrl(url: string): string {
  return url.replace(
    /[@<>()\s]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Breaks every mention form (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`) without hiding it. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@/g, '@\u200b').replace(/<(?=[@#])/g, '<\u200b');
}
