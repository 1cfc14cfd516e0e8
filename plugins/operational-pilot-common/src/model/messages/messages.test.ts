/*
 * The French catalogue is complete (every message key, every built-in criterion) and the messages the engine
 * produces exist in both catalogues and render to the English sentences it returns.
 */
import fc from 'fast-check';
import { buildReadinessModel } from '../config';
import {
  DEFAULT_CRITERIA,
  FR_PUBLIC_SECTOR_CRITERIA,
} from '../defaultCriteria';
import { evaluateReadiness, evaluateReleaseGates } from '../engine';
import { inputArb } from '../__testUtils__/arbitraries';
import { readyInput, release, waiver } from '../__testUtils__/fixtures';
import type { CriterionResult } from '../types';
import {
  combineMessages,
  criterionText,
  CRITERIA_FR,
  listParam,
  type Message,
  MESSAGES_EN,
  MESSAGES_FR,
  renderMessage,
} from '.';

const BUILT_IN = [...DEFAULT_CRITERIA, ...FR_PUBLIC_SECTOR_CRITERIA];

/** Placeholder names of a template; French templates may use the `…Fr` variant of a param. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_.]+)(?::[a-z]+)?\}/g)]
    .map(m => m[1].replace(/Fr$/, ''))
    .sort();
}

/** Every key a message uses, nested ones included. */
function keysOf(message: Message): string[] {
  const params = message.params ?? {};
  const nested = Object.entries(params)
    .filter(([name]) => !name.includes('.'))
    .filter(([name]) =>
      message.key === 'combined'
        ? /^\d+$/.test(name)
        : new RegExp(`\\{${name}:msg\\}`).test(
            (MESSAGES_EN as Record<string, string>)[message.key] ?? '',
          ),
    )
    .map(([name, key]) => {
      const inner: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(params)) {
        if (k.startsWith(`${name}.`)) inner[k.slice(name.length + 1)] = v;
      }
      return keysOf({ key: String(key), params: inner });
    });
  return [message.key, ...nested.flat()];
}

describe('French catalogue', () => {
  it.each(BUILT_IN.map(c => [c.id, c]))(
    'has a French title and how-to-fix for %s',
    (_id, c) => {
      const fr = CRITERIA_FR[c.id];
      expect(fr?.title).toBeTruthy();
      expect(fr?.howToFix).toBeTruthy();
      expect(fr.title).not.toBe(c.title);
      expect(fr.howToFix).not.toBe(c.howToFix);
      // A criterion with an attestation subject needs it in French too (it appears in reasons).
      expect(Boolean(fr.attestationSubject)).toBe(
        Boolean(c.attestationSubject),
      );
    },
  );

  it('has no French entry for a criterion that does not exist', () => {
    const ids = new Set(BUILT_IN.map(c => c.id));
    expect(Object.keys(CRITERIA_FR).filter(id => !ids.has(id))).toEqual([]);
  });

  it.each(Object.keys(MESSAGES_EN))(
    'translates message %s with the same placeholders',
    key => {
      const en = (MESSAGES_EN as Record<string, string>)[key];
      const fr = (MESSAGES_FR as Record<string, string>)[key];
      expect(fr).toBeTruthy();
      expect(placeholders(fr)).toEqual(placeholders(en));
    },
  );
});

describe('renderMessage', () => {
  it('renders lists, dates, day counts and nested messages per language', () => {
    const m: Message = {
      key: 'waived',
      params: {
        until: '2026-03-01',
        waiverReason: 'vendor fix',
        without: 'metadata.missing',
        'without.fields': listParam(['tier', 'serviceHours']),
      },
    };
    expect(renderMessage(m, 'en')).toBe(
      'waived until 2026-03-01 (vendor fix); without the waiver: missing: tier, serviceHours',
    );
    expect(renderMessage(m, 'fr')).toBe(
      'dérogation jusqu’au 01/03/2026 (vendor fix) ; sans la dérogation : manquant : tier, serviceHours',
    );
    expect(
      renderMessage(
        { key: 'link.none', params: { types: listParam(['a', 'b']) } },
        'fr-FR',
      ),
    ).toBe('aucun lien de type a ou b');
  });

  it('joins combined messages and shows an unknown key as itself', () => {
    const m = combineMessages([
      { key: 'metadata.none' },
      { key: 'release.none' },
    ]);
    expect(renderMessage(m, 'en')).toBe(
      'operational metadata not entered yet; no production release in progress',
    );
    expect(renderMessage(m, 'fr')).toBe(
      'métadonnées opérationnelles pas encore saisies ; aucune mise en production en cours',
    );
    expect(renderMessage({ key: 'no.such.key' }, 'fr')).toBe('no.such.key');
  });

  it('gives criterion texts in French, custom French texts first', () => {
    expect(criterionText(DEFAULT_CRITERIA[0], 'fr').title).toBe(
      CRITERIA_FR[DEFAULT_CRITERIA[0].id].title,
    );
    expect(
      criterionText(
        { id: 'X-1', title: 'Custom', howToFix: 'Do it', titleFr: 'Perso' },
        'fr',
      ),
    ).toEqual({ title: 'Perso', howToFix: 'Do it' });
    expect(criterionText(DEFAULT_CRITERIA[0], 'en').title).toBe(
      DEFAULT_CRITERIA[0].title,
    );
  });
});

describe('messages produced by the engine', () => {
  const model = buildReadinessModel({
    packs: ['core', 'extended', 'fr-public-sector'],
  });
  const seen = new Set<string>();

  function checkResult(r: CriterionResult) {
    if (!r.reasonMessage) return;
    for (const key of keysOf(r.reasonMessage)) {
      seen.add(key);
      expect(MESSAGES_EN).toHaveProperty([key]);
      expect(MESSAGES_FR).toHaveProperty([key]);
    }
    expect(renderMessage(r.reasonMessage, 'en')).toBe(r.reason);
  }

  function checkSentences(texts: string[], messages: Message[]) {
    expect(messages.map(m => renderMessage(m, 'en'))).toEqual(texts);
    messages.flatMap(keysOf).forEach(key => {
      seen.add(key);
      expect(MESSAGES_FR).toHaveProperty([key]);
    });
  }

  it('exist in both catalogues and render to the English sentences', () => {
    const inputs = [
      readyInput(),
      readyInput({ operations: undefined }),
      readyInput({
        waivers: [waiver('OWN-02')],
        releases: [release()],
      }),
      ...fc.sample(inputArb, { numRuns: 150, seed: 11 }),
    ];
    for (const input of inputs) {
      const readiness = evaluateReadiness(model, input);
      readiness.criteria.forEach(checkResult);
      checkSentences(
        readiness.verdictReasons,
        readiness.verdictReasonMessages!,
      );
      for (const r of input.releases) {
        const gates = evaluateReleaseGates(model, input, r.id);
        for (const gate of gates ? [gates.goNoGo, gates.handover] : []) {
          gate.criteria.forEach(checkResult);
          checkSentences(gate.verdictReasons, gate.verdictReasonMessages!);
          checkSentences(gate.missing, gate.missingMessages!);
        }
      }
    }
    // The fixtures reach the converted checks, so the assertions above are not vacuous.
    expect(seen.size).toBeGreaterThan(15);
  });
});
