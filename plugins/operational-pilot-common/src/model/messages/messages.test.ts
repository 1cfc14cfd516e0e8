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
import { SCENARIOS, UNREACHABLE_KEYS } from '../__testUtils__/messageScenarios';
import type {
  CriterionResult,
  EntityReadiness,
  EvaluationInput,
  ReadinessModel,
  ReleaseGates,
} from '../types';
import {
  combineMessages,
  criterionText,
  CRITERIA_FR,
  JOINER_KEYS,
  listParam,
  type Message,
  MESSAGES_EN,
  MESSAGES_FR,
  renderMessage,
  evidenceLabel,
} from '.';

const BUILT_IN = [...DEFAULT_CRITERIA, ...FR_PUBLIC_SECTOR_CRITERIA];

/** Placeholder names of a template; French templates may use the `…Fr` variant of a param. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_.]+)(?::[A-Za-z]+)?\}/g)]
    .map(m => m[1].replace(/Fr$/, ''))
    .sort();
}

/** Every key a message uses, nested ones included. */
function keysOf(message: Message): string[] {
  const params = message.params ?? {};
  const nested = Object.entries(params)
    .filter(([name]) => !name.includes('.'))
    .filter(([name]) =>
      JOINER_KEYS.includes(message.key)
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

/**
 * Issue #11: with the app in French, no engine sentence may show in English. Every reason, verdict reason, missing
 * item, window conflict and lifecycle mismatch the engine produces (over random inputs and all built-in criteria)
 * must carry a catalogue message that renders to its English text, whose keys exist in both catalogues, that is
 * not the untranslated `text` key, and whose French rendering differs from the English one.
 */
describe('no engine sentence is English-only', () => {
  const model = buildReadinessModel({
    packs: ['core', 'extended', 'fr-public-sector'],
  });
  /** Keys rendered so far. */
  const seen = new Set<string>();

  function expectTranslated(english: string, message: Message | undefined) {
    expect(message).toBeDefined();
    const keys = keysOf(message!);
    keys.forEach(key => seen.add(key));
    // A plain English string can only travel as a `text` message (or no message at all).
    expect(keys).not.toContain('text');
    for (const key of keys) {
      expect(MESSAGES_EN).toHaveProperty([key]);
      expect(MESSAGES_FR).toHaveProperty([key]);
    }
    expect(renderMessage(message!, 'en')).toBe(english);
    if (/[A-Za-z]{3,}/.test(english)) {
      expect(renderMessage(message!, 'fr')).not.toBe(english);
    }
  }

  function expectSentences(texts: string[], messages: Message[] | undefined) {
    expect(messages).toHaveLength(texts.length);
    texts.forEach((text, i) => expectTranslated(text, messages![i]));
  }

  function expectResults(results: CriterionResult[]) {
    for (const r of results) {
      expectTranslated(r.reason, r.reasonMessage);
    }
  }

  function expectReadiness(readiness: EntityReadiness) {
    expectResults(readiness.criteria);
    expectSentences(readiness.verdictReasons, readiness.verdictReasonMessages);
    for (const summary of readiness.releases ?? []) {
      expectSentences(summary.handoverMissing, summary.handoverMissingMessages);
    }
    if (readiness.lifecycle?.mismatchReason) {
      expectTranslated(
        readiness.lifecycle.mismatchReason,
        readiness.lifecycle.mismatchReasonMessage,
      );
    }
  }

  function expectGates(gates: ReleaseGates) {
    expectSentences(gates.windowConflicts, gates.windowConflictMessages);
    for (const gate of [gates.goNoGo, gates.handover]) {
      expectResults(gate.criteria);
      expectSentences(gate.verdictReasons, gate.verdictReasonMessages);
      expectSentences(gate.missing, gate.missingMessages);
    }
  }

  it('evaluates every built-in criterion', () => {
    expect(model.criteria.map(c => c.id).sort()).toEqual(
      BUILT_IN.map(c => c.id).sort(),
    );
  });

  function expectEvaluation(m: ReadinessModel, input: EvaluationInput) {
    expectReadiness(evaluateReadiness(m, input));
    for (const r of input.releases) {
      expectGates(evaluateReleaseGates(m, input, r.id)!);
    }
  }

  it('holds for random inputs and hand-made scenarios, which together reach every message key', () => {
    fc.assert(
      fc.property(inputArb, input => expectEvaluation(model, input)),
      { numRuns: 300, seed: 1106 },
    );
    for (const scenario of SCENARIOS) {
      expectEvaluation(scenario.model, scenario.input);
    }
    // So the assertions above cover the whole catalogue: a new key needs an input that produces it.
    expect(
      Object.keys(MESSAGES_EN).filter(
        key => !seen.has(key) && !UNREACHABLE_KEYS.includes(key),
      ),
    ).toEqual([]);
  });

  it('fails for a reason that is a plain English sentence', () => {
    expect(() =>
      expectTranslated('owned by group:default/a', {
        key: 'text',
        params: { text: 'owned by group:default/a' },
      }),
    ).toThrow();
    expect(() =>
      expectTranslated('owned by group:default/a', undefined),
    ).toThrow();
  });
});

/** The evidence shown under a criterion: its fixed labels are French too; identifiers stay as they are. */
describe('evidence labels', () => {
  const model = buildReadinessModel({
    packs: ['core', 'extended', 'fr-public-sector'],
  });
  /**
   * The engine's own labels are phrases ("assessed by", "N1 support") or capitalised ("Status"); single lower-case
   * words are identifiers (relation types, link types, field names) except the few fallbacks checked below, and
   * link titles are the catalog's data.
   */
  const isEnginePhrase = (label: string) =>
    (/\s/.test(label) || /^[A-Z]/.test(label)) && !/[./:]/.test(label);

  it('translates every fixed label the engine gives', () => {
    const labels = new Set<string>();
    const inputs = [
      ...fc.sample(inputArb, { numRuns: 200, seed: 7 }),
      ...SCENARIOS.map(s => s.input),
    ];
    for (const input of inputs) {
      const linkTitles = new Set(
        (input.entity.metadata.links ?? []).map(l => l.title),
      );
      const collect = (results: CriterionResult[]) =>
        results.forEach(r =>
          r.evidence
            .filter(ev => isEnginePhrase(ev.label) && !linkTitles.has(ev.label))
            .forEach(ev => labels.add(ev.label)),
        );
      collect(evaluateReadiness(model, input).criteria);
      for (const r of input.releases) {
        const gates = evaluateReleaseGates(model, input, r.id);
        if (gates) {
          collect([...gates.goNoGo.criteria, ...gates.handover.criteria]);
        }
      }
    }
    const fixed = [...labels].filter(label => label !== 'POA');
    expect(fixed.length).toBeGreaterThan(5);
    expect(fixed.filter(label => evidenceLabel(label, 'fr') === label)).toEqual(
      [],
    );
  });

  it('keeps identifiers and English as they are', () => {
    expect(evidenceLabel('acme.com/status-url', 'fr')).toBe(
      'acme.com/status-url',
    );
    expect(evidenceLabel('assessed by', 'en')).toBe('assessed by');
    expect(evidenceLabel('assessed by', 'fr')).toBe('évalué par');
    // The fallbacks of an untitled link, chat channel or attestation evidence.
    expect(evidenceLabel('link', 'fr')).toBe('lien');
    expect(evidenceLabel('chat', 'fr')).toBe('messagerie');
    expect(evidenceLabel('evidence', 'fr')).toBe('preuve');
    expect(evidenceLabel('signed as ops owner', 'fr')).toBe(
      "signé en tant que responsable d'exploitation",
    );
  });
});
