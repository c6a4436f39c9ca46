/**
 * One voice per network address. Reports from one address by more than one account count as
 * one reporter's: the account with the highest standing there speaks (its reports keep their
 * standing); every other account's reports from that address are unconfirmed. A family on one
 * hotel network loses nothing it needs (one of them speaks, the others corroborate nothing but
 * still show); a person with fifty accounts on one address is one voice. Pure.
 */
export interface Voice {
  author: string | null;
  /** The address's keyed hash (reports.ip_hash); null: not known (seeded data). */
  address: string | null;
  score: number;
}

/** For each report, whether it is one more account's from an address that already speaks. */
export function oneVoicePerAddress(voices: readonly Voice[]): boolean[] {
  const speaker = new Map<string, { author: string; score: number }>();
  for (const voice of voices) {
    if (!voice.address || !voice.author) continue;
    const current = speaker.get(voice.address);
    // Highest standing speaks; equal standing: the smaller id, so the choice is stable.
    if (!current || voice.score > current.score || (voice.score === current.score && voice.author < current.author))
      speaker.set(voice.address, { author: voice.author, score: voice.score });
  }
  return voices.map((voice) => voice.address !== null && voice.author !== null && speaker.get(voice.address)!.author !== voice.author);
}
