/**
 * Masked values: what a finding shows of what it found. Problems end up in terminal scroll-back and CI
 * logs, so no full e-mail address, phone number or name is ever printed: `d…@acme.com`, `+44…58, 12 digits`, `github.com/d…`, and for a roster name the participant code.
 */
import type { Detection } from './detect.ts';

export function mask(d: Pick<Detection, 'rule' | 'code' | 'host' | 'account' | 'domain'>, value: string): string {
  switch (d.rule) {
    case 'email':
    case 'email-obfuscated': {
      const local = value.trim().split(/\s*(?:@|[\[({<]\s*at\s*[\])}>]|\sat\s)\s*/i)[0] ?? '';
      return `${local.slice(0, 1)}…@${d.domain ?? '…'}`;
    }
    case 'phone': {
      const digits = value.replace(/\D/g, '');
      return `${value.trim().slice(0, 3)}…${digits.slice(-2)}, ${digits.length} digits`;
    }
    case 'profile':
      return `${d.host ?? '…'}/${(d.account ?? '').slice(0, 1)}…`;
    case 'roster-name':
      return `${d.code ?? 'a participant'}'s name`;
  }
}

/** What each rule is called in messages. */
export const RULE_LABELS: Record<Detection['rule'], string> = {
  email: 'an e-mail address',
  'email-obfuscated': 'an e-mail address written out',
  phone: 'a phone number',
  profile: 'a link to a personal profile',
  'roster-name': 'a name from the private roster',
};
