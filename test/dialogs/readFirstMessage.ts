// What the extractor and the routing make of one first message, for the Given/When/Then tests of
// extractProfile: the profile read, the decision for it, every operator the decision proposes, and the
// check that an emergency is read and gets the emergency line.
import { expect } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import type { Emergency, Profile } from '../../orientation/routing/profile.js';
import type { RoutingDecision } from '../../orientation/routing/routingDecision.js';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';

/** The profile read from one message. */
export function profileOf(text: string): Profile {
  return extractProfile(text).profile;
}

/** The profile read from one message and the routing decision for it. */
export function routed(text: string): { profile: Profile; decision: RoutingDecision } {
  const profile = profileOf(text);
  return { profile, decision: routeProfile(profile) };
}

/** The operator types and the partners the routing proposes for one message. */
export function operatorsFor(text: string): string[] {
  const { decision } = routed(text);
  return [...decision.operatorTypes, ...decision.partners];
}

/** Then the emergency is read and the routing gives the emergency line; the decision is returned for further checks. */
export function expectEmergencyLine(text: string, emergency: Emergency | string): RoutingDecision {
  const { profile, decision } = routed(text);
  expect(profile.emergencies).toContain(emergency);
  expect(decision.operatorTypes).toContain('social_emergency');
  return decision;
}
