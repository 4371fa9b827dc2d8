import { useEffect, useState } from 'react';
import { DEFAULT_TERMS, type TermsLibrary } from '@shared/domain';
import { api, call } from '../../../api';

/**
 * The consultancy's standard terms from settings, which every scope of work prints. Until they
 * arrive (or if they cannot be read) the shipped defaults stand in, marked as such.
 */
export function useStandardTerms(): { terms: TermsLibrary; loaded: boolean } {
  const [terms, setTerms] = useState<TermsLibrary | null>(null);
  useEffect(() => {
    let live = true;
    call(api.settings.get()).then(
      (s) => {
        if (live) setTerms(s.terms);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return { terms: terms ?? DEFAULT_TERMS, loaded: terms !== null };
}
