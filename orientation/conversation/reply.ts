// What dialogs say, independent of the channel. Dialogs build Replies; bot/rendering turns them
// into Bot Framework activities for chat (markdown, suggested actions) or voice (SSML `speak`,
// numbered options, inputHint). One set of dialogs, several renderings.

export interface ReplyChoice {
  /** Value returned when chosen (also accepted typed or spoken). */
  value: string;
  /** French label shown on a button or read out. */
  title: string;
  /** Keypad digit on the phone; when absent, choices are numbered 1, 2, 3… in order. */
  dtmf?: string;
}

export interface ReplyLink {
  title: string;
  url: string;
}

export interface Reply {
  /** French text for chat (light markdown allowed: **bold**, lists). */
  text: string;
  /** Optional shorter wording for the voice channel (no markdown, short sentences). */
  spokenText?: string;
  /** Optional FALC-style wording used when the person switched on simple-language mode. */
  simpleText?: string;
  choices?: ReplyChoice[];
  links?: ReplyLink[];
  /** Phone numbers mentioned, so voice can read them in digit groups and offer a transfer. */
  phones?: string[];
  /** This reply asks a question (voice: inputHint expectingInput when it is the last of the turn). */
  expectsAnswer?: boolean;
  /** Consent or legal notice: the voice channel disables barge-in for it. */
  legal?: boolean;
  /**
   * What kind of answer the question expects, so a channel can collect it properly (the phone
   * keypad waits for 10 digits for a phone number, 5 for a postcode, 1–2 for an option).
   */
  expectedInput?: ExpectedInput;
  /** The conversation is over after this reply (goodbye, journey complete): voice hangs up. */
  endsConversation?: boolean;
}

export type ExpectedInput = 'phone' | 'postcode' | 'option' | 'yes_no' | 'email' | 'age' | 'text';
