/** How a terminal shows emphasis and links: styled when it is one, plain when piped. */
export interface TerminalStyle {
  bold(text: string): string;
  link(text: string, url: string): string;
}

/** For a terminal: ANSI bold, and OSC 8 hyperlinks (the link text is clickable where supported). */
export const ttyStyle: TerminalStyle = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  link: (text, url) => `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\ <${url}>`,
};

/** For a pipe or a file: the words alone, and the address after the text. */
export const plainStyle: TerminalStyle = {
  bold: (text) => text,
  link: (text, url) => `${text} <${url}>`,
};
