// What the deploying Region sets for its public pages (citizen page and console): the operator's
// name next to the Marianne block, the accessibility status and the three mandatory footer links.
import type { AppConfig } from '../config.js';

export type AccessibilityStatus = 'non conforme' | 'partiellement conforme' | 'totalement conforme';

export interface SiteSettings {
  operatorName: string;
  accessibilityStatus: AccessibilityStatus;
  accessibilityUrl: string;
  legalNoticeUrl: string;
  privacyUrl: string;
}

/** Built-in French pages used when the Region gives no link of its own. */
export const BUILT_IN_PAGES = {
  accessibility: '/accessibilite',
  legalNotice: '/mentions-legales',
  privacy: '/donnees-personnelles',
} as const;

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  operatorName: 'Conseil en évolution professionnelle',
  accessibilityStatus: 'non conforme',
  accessibilityUrl: BUILT_IN_PAGES.accessibility,
  legalNoticeUrl: BUILT_IN_PAGES.legalNotice,
  privacyUrl: BUILT_IN_PAGES.privacy,
};

type SiteConfig = Pick<AppConfig, 'SITE_OPERATOR_NAME' | 'SITE_ACCESSIBILITY_STATUS' | 'SITE_ACCESSIBILITY_URL' | 'SITE_LEGAL_NOTICE_URL' | 'SITE_PRIVACY_URL'>;

/** Only http(s) or same-site paths become links: a mistyped setting must not produce a javascript: link. */
function safeLink(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  return /^(https?:\/\/|\/(?!\/))/i.test(value) ? value : fallback;
}

export function siteSettingsFrom(config: SiteConfig): SiteSettings {
  return {
    operatorName: config.SITE_OPERATOR_NAME,
    accessibilityStatus: config.SITE_ACCESSIBILITY_STATUS,
    accessibilityUrl: safeLink(config.SITE_ACCESSIBILITY_URL, BUILT_IN_PAGES.accessibility),
    legalNoticeUrl: safeLink(config.SITE_LEGAL_NOTICE_URL, BUILT_IN_PAGES.legalNotice),
    privacyUrl: safeLink(config.SITE_PRIVACY_URL, BUILT_IN_PAGES.privacy),
  };
}
