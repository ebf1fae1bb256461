import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord.js';

const prefix = 'page';
const pattern = /^page:([0-9a-f]{1,32}):(\d{1,4})$/;

/** The button row under a paginated reply: Previous, "n of m", Next. */
export function pageButtons(
  sessionId: string,
  current: number,
  total: number,
): APIActionRowComponent<APIButtonComponent> {
  const button = (
    label: string,
    target: number,
    disabled: boolean,
    style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
  ): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style,
    label,
    // The counter is not a target: its id never parses as a page, so pressing it does nothing.
    custom_id: `${prefix}:${sessionId}:${label.includes(' of ') ? 'counter' : Math.max(0, target)}`,
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [
      button('Previous', current - 1, current === 0, ButtonStyle.Primary),
      button(`${current + 1} of ${total}`, current, true),
      button('Next', current + 1, current >= total - 1, ButtonStyle.Primary),
    ],
  };
}

/** Reads a page button's custom id; undefined for any other component. */
export function parsePageButton(customId: string): { sessionId: string; page: number } | undefined {
  const match = pattern.exec(customId);
  return match ? { sessionId: match[1] ?? '', page: Number(match[2]) } : undefined;
}
